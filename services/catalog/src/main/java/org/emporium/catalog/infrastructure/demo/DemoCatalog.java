package org.emporium.catalog.infrastructure.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.emporium.catalog.application.category.CategoryInput;
import org.emporium.catalog.application.category.CategoryNodeView;
import org.emporium.catalog.application.category.CreateCategory;
import org.emporium.catalog.application.category.GetCategoryTree;
import org.emporium.catalog.application.image.ImageProcessor;
import org.emporium.catalog.application.image.ImageUploads;
import org.emporium.catalog.application.product.CreateProduct;
import org.emporium.catalog.application.product.ProductInput;
import org.emporium.catalog.domain.Slug;
import org.emporium.catalog.domain.product.ProductStatus;
import org.emporium.platform.mediator.Mediator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo shop of the {@code dev} profile: a small category tree and about fifty realistic products
 * ({@code demo/catalog.json}), each with a generated picture. Runs at start-up through the same commands as the API, creates only what is missing (so it is
 * safe on every start and with several replicas, which take turns through a PostgreSQL advisory lock).
 */
@Component
@ConditionalOnBooleanProperty("emporium.catalog.demo-data.enabled")
class DemoCatalog implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);
    private static final long LOCK = 0x43415441L; // "CATA"

    /** The demo set as {@code demo/catalog.json} holds it: categories parents first, then the products. */
    record DemoData(List<Cat> categories, List<Item> products) {}

    /** A category, under the category named {@code parent} (a root when null). */
    record Cat(String name, String parent) {}

    /** A product in the category named {@code category}; {@code price} in EUR. */
    record Item(String name, String category, String brand, String price, int stock, String description) {}

    static final String DATA = "demo/catalog.json";

    private final Mediator mediator;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final ImageUploads imageUploads;

    DemoCatalog(
            Mediator mediator,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            JsonMapper json,
            ImageUploads imageUploads) {
        this.mediator = mediator;
        this.imageUploads = imageUploads;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
    }

    /** Reads the demo set from the classpath. */
    static DemoData load(JsonMapper json) {
        try (var in = new ClassPathResource(DATA).getInputStream()) {
            return json.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo catalog " + DATA, e);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        var data = load(json);
        int created = transactions.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:lock)")
                    .param("lock", LOCK)
                    .query()
                    .singleRow();
            return seed(data);
        });
        log.info(
                "Demo catalog ready ({} products created now, {} in the demo set)",
                created,
                data.products().size());
    }

    private int seed(DemoData data) {
        var categoryIds = new HashMap<String, UUID>();
        flatten(mediator.send(new GetCategoryTree()), categoryIds);
        var categories = data.categories();
        for (var category : categories) {
            var slug = Slug.from(category.name()).value();
            if (!categoryIds.containsKey(slug)) {
                var parent = category.parent() == null
                        ? null
                        : categoryIds.get(Slug.from(category.parent()).value());
                categoryIds.put(
                        slug,
                        mediator.send(new CreateCategory(
                                        new CategoryInput(category.name(), slug, parent, categories.indexOf(category))))
                                .value());
            }
        }
        int created = 0;
        var items = data.products();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            var slug = Slug.from(item.name()).value();
            if (exists(slug)) {
                continue;
            }
            var id = mediator.send(new CreateProduct(new ProductInput(
                    item.name(),
                    slug,
                    item.description(),
                    categoryIds.get(Slug.from(item.category()).value()),
                    item.brand(),
                    Map.of("brand line", item.brand() + " " + item.category()),
                    new BigDecimal(item.price()),
                    "EUR",
                    item.stock(),
                    ProductStatus.ACTIVE)));
            imageUploads.upload(id, ImageProcessor.Upload.of(picture(item.name(), i)));
            created++;
        }
        return created;
    }

    /** Asked directly rather than through GetProduct: a not-found query would mark the seeding rollback-only. */
    private boolean exists(String slug) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM products WHERE slug = :slug)")
                .param("slug", slug)
                .query(Boolean.class)
                .single();
    }

    private static void flatten(List<CategoryNodeView> nodes, Map<String, UUID> into) {
        nodes.forEach(node -> {
            into.put(node.slug(), node.id());
            flatten(node.children(), into);
        });
    }

    /** A 600×600 picture: a colour gradient per product with its initials. */
    static byte[] picture(String name, int seed) {
        var image = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            var hue = (seed * 0.137f) % 1f;
            g.setPaint(new GradientPaint(
                    0, 0, Color.getHSBColor(hue, 0.55f, 0.95f), 600, 600, Color.getHSBColor(hue, 0.8f, 0.45f)));
            g.fillRect(0, 0, 600, 600);
            try {
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setColor(new Color(255, 255, 255, 220));
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 180));
                var initials = initials(name);
                var metrics = g.getFontMetrics();
                g.drawString(initials, (600 - metrics.stringWidth(initials)) / 2, 300 + metrics.getAscent() / 3);
            } catch (RuntimeException | Error noFonts) {
                // A machine without fonts still gets its pictures, just without initials.
                log.debug("No initials on demo pictures: {}", noFonts.toString());
            }
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String initials(String name) {
        var result = new StringBuilder();
        for (var word : name.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && result.length() < 2 && Character.isLetter(word.charAt(0))) {
                result.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return result.toString();
    }
}

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo shop of the {@code dev} profile: a small category tree and about fifty realistic products, each with a
 * generated picture. Runs at start-up through the same commands as the API, creates only what is missing (so it is
 * safe on every start and with several replicas, which take turns through a PostgreSQL advisory lock).
 */
@Component
@ConditionalOnBooleanProperty("emporium.catalog.demo-data.enabled")
class DemoCatalog implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);
    private static final long LOCK = 0x43415441L; // "CATA"

    private record Cat(String name, String parent) {}

    private record Item(String name, String category, String brand, String price, int stock, String description) {}

    private static final List<Cat> CATEGORIES = List.of(
            new Cat("Electronics", null),
            new Cat("Audio", "Electronics"),
            new Cat("Computers", "Electronics"),
            new Cat("Home & Kitchen", null),
            new Cat("Kitchen", "Home & Kitchen"),
            new Cat("Furniture", "Home & Kitchen"),
            new Cat("Outdoor", null));

    private static final List<Item> ITEMS = List.of(
            new Item(
                    "Wireless Noise-Cancelling Headphones",
                    "Audio",
                    "Sonora",
                    "249.00",
                    25,
                    "Over-ear headphones with adaptive noise cancelling and 30 hours of battery."),
            new Item(
                    "Studio Monitor Headphones",
                    "Audio",
                    "Sonora",
                    "149.00",
                    40,
                    "Closed-back headphones with a flat response for mixing."),
            new Item(
                    "True Wireless Earbuds",
                    "Audio",
                    "Boomly",
                    "99.00",
                    60,
                    "Compact earbuds with a charging case and touch controls."),
            new Item(
                    "Portable Bluetooth Speaker",
                    "Audio",
                    "Boomly",
                    "79.00",
                    35,
                    "Waterproof speaker with deep bass and 12 hours of play."),
            new Item(
                    "Smart Home Speaker", "Audio", "Echoa", "129.00", 20, "Room-filling sound with a voice assistant."),
            new Item(
                    "Vinyl Turntable",
                    "Audio",
                    "Analogique",
                    "329.00",
                    8,
                    "Belt-driven turntable with a built-in phono preamp."),
            new Item(
                    "Soundbar with Subwoofer",
                    "Audio",
                    "Sonora",
                    "399.00",
                    12,
                    "Cinema sound for the living room, wireless subwoofer included."),
            new Item(
                    "Headphone Amplifier",
                    "Audio",
                    "Analogique",
                    "189.00",
                    6,
                    "Class-A amplifier for high-impedance headphones."),
            new Item(
                    "USB Podcast Microphone",
                    "Audio",
                    "Echoa",
                    "119.00",
                    18,
                    "Cardioid condenser microphone for clear voice recordings."),
            new Item(
                    "Kids' Headphones", "Audio", "Boomly", "29.00", 50, "Volume-limited headphones in bright colours."),
            new Item(
                    "Ultrabook 14",
                    "Computers",
                    "Lumen",
                    "1299.00",
                    10,
                    "Thin and light laptop with a 14-inch display and all-day battery."),
            new Item(
                    "Gaming Laptop 16",
                    "Computers",
                    "Vortex",
                    "1899.00",
                    5,
                    "High refresh-rate display and a powerful graphics card."),
            new Item(
                    "Mechanical Keyboard",
                    "Computers",
                    "Keysmith",
                    "129.00",
                    30,
                    "Hot-swappable switches and per-key lighting."),
            new Item(
                    "Wireless Ergonomic Mouse",
                    "Computers",
                    "Keysmith",
                    "69.00",
                    45,
                    "Vertical mouse that keeps your wrist relaxed."),
            new Item(
                    "27-inch 4K Monitor",
                    "Computers",
                    "Lumen",
                    "449.00",
                    14,
                    "IPS panel with accurate colours and USB-C power delivery."),
            new Item(
                    "USB-C Docking Station",
                    "Computers",
                    "Lumen",
                    "199.00",
                    22,
                    "One cable for displays, network and charging."),
            new Item(
                    "Portable SSD 1 TB",
                    "Computers",
                    "Vortex",
                    "119.00",
                    40,
                    "Pocket-sized drive with fast transfers."),
            new Item(
                    "Webcam Full HD",
                    "Computers",
                    "Echoa",
                    "79.00",
                    28,
                    "Sharp video calls with auto light correction."),
            new Item(
                    "Laptop Stand",
                    "Computers",
                    "Keysmith",
                    "49.00",
                    55,
                    "Aluminium stand that raises your screen to eye level."),
            new Item(
                    "Mini Desktop PC", "Computers", "Vortex", "699.00", 7, "Compact desktop with room for two drives."),
            new Item(
                    "Espresso Machine",
                    "Kitchen",
                    "Crema",
                    "549.00",
                    9,
                    "Dual boiler espresso machine with a steam wand."),
            new Item(
                    "Burr Coffee Grinder",
                    "Kitchen",
                    "Crema",
                    "179.00",
                    16,
                    "Conical burrs with forty grind settings."),
            new Item(
                    "Electric Kettle",
                    "Kitchen",
                    "Crema",
                    "59.00",
                    40,
                    "Temperature control for green tea and pour-over coffee."),
            new Item(
                    "Cast Iron Skillet",
                    "Kitchen",
                    "Forgewell",
                    "45.00",
                    35,
                    "Pre-seasoned skillet that lasts a lifetime."),
            new Item("Chef's Knife", "Kitchen", "Forgewell", "89.00", 25, "Forged steel knife with a balanced handle."),
            new Item(
                    "Stand Mixer",
                    "Kitchen",
                    "Bakehaus",
                    "399.00",
                    8,
                    "Powerful mixer with a 5-litre bowl and three attachments."),
            new Item("Air Fryer", "Kitchen", "Bakehaus", "129.00", 30, "Crispy results with little oil."),
            new Item(
                    "Toaster Four Slice",
                    "Kitchen",
                    "Bakehaus",
                    "69.00",
                    20,
                    "Wide slots for bagels and a defrost setting."),
            new Item("Blender Pro", "Kitchen", "Crema", "149.00", 18, "High-speed blender for smoothies and soups."),
            new Item("Dutch Oven", "Kitchen", "Forgewell", "119.00", 12, "Enamelled cast iron for slow cooking."),
            new Item("Oak Dining Table", "Furniture", "Nordwood", "899.00", 4, "Solid oak table that seats six."),
            new Item(
                    "Ergonomic Office Chair",
                    "Furniture",
                    "Sitwell",
                    "349.00",
                    15,
                    "Adjustable lumbar support and armrests."),
            new Item(
                    "Standing Desk",
                    "Furniture",
                    "Sitwell",
                    "499.00",
                    10,
                    "Electric height adjustment with memory presets."),
            new Item("Bookshelf Ladder", "Furniture", "Nordwood", "159.00", 12, "Leaning shelf with five levels."),
            new Item(
                    "Linen Sofa",
                    "Furniture",
                    "Nordwood",
                    "1190.00",
                    3,
                    "Three-seater sofa with washable linen covers."),
            new Item("Bedside Table", "Furniture", "Nordwood", "129.00", 20, "Compact table with a soft-close drawer."),
            new Item("Floor Lamp", "Furniture", "Lumen", "139.00", 18, "Dimmable LED lamp with a linen shade."),
            new Item("Wool Rug", "Furniture", "Nordwood", "279.00", 7, "Hand-woven wool rug, 160 by 230 cm."),
            new Item("Bar Stool", "Furniture", "Sitwell", "89.00", 24, "Height-adjustable stool with a footrest."),
            new Item("Shoe Cabinet", "Furniture", "Nordwood", "199.00", 0, "Slim cabinet for twelve pairs of shoes."),
            new Item(
                    "Two-Person Tent",
                    "Outdoor",
                    "Trailcraft",
                    "229.00",
                    11,
                    "Lightweight tent that pitches in five minutes."),
            new Item(
                    "Down Sleeping Bag",
                    "Outdoor",
                    "Trailcraft",
                    "259.00",
                    9,
                    "Warm down bag rated to minus five degrees."),
            new Item(
                    "Hiking Backpack 40 L",
                    "Outdoor",
                    "Trailcraft",
                    "149.00",
                    20,
                    "Ventilated back panel and a rain cover."),
            new Item("Trekking Poles", "Outdoor", "Summitry", "79.00", 30, "Carbon poles that fold to 35 cm."),
            new Item("Camping Stove", "Outdoor", "Summitry", "59.00", 25, "Boils a litre of water in three minutes."),
            new Item(
                    "Headlamp Rechargeable",
                    "Outdoor",
                    "Summitry",
                    "39.00",
                    60,
                    "Bright headlamp with a red night mode."),
            new Item("Insulated Water Bottle", "Outdoor", "Trailcraft", "29.00", 80, "Keeps drinks cold for a day."),
            new Item("Folding Camp Chair", "Outdoor", "Summitry", "49.00", 35, "Packs small, sits comfortably."),
            new Item(
                    "Rain Jacket",
                    "Outdoor",
                    "Trailcraft",
                    "179.00",
                    16,
                    "Breathable waterproof shell with taped seams."),
            new Item(
                    "Binoculars 10x42",
                    "Outdoor",
                    "Summitry",
                    "199.00",
                    10,
                    "Bright, sharp binoculars for birdwatching."));

    private final Mediator mediator;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ImageUploads imageUploads;

    DemoCatalog(Mediator mediator, JdbcClient jdbc, TransactionTemplate transactions, ImageUploads imageUploads) {
        this.mediator = mediator;
        this.imageUploads = imageUploads;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = transactions.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:lock)")
                    .param("lock", LOCK)
                    .query()
                    .singleRow();
            return seed();
        });
        log.info("Demo catalog ready ({} products created now, {} in the demo set)", created, ITEMS.size());
    }

    private int seed() {
        var categoryIds = new HashMap<String, UUID>();
        flatten(mediator.send(new GetCategoryTree()), categoryIds);
        for (var category : CATEGORIES) {
            var slug = Slug.from(category.name()).value();
            if (!categoryIds.containsKey(slug)) {
                var parent = category.parent() == null
                        ? null
                        : categoryIds.get(Slug.from(category.parent()).value());
                categoryIds.put(
                        slug,
                        mediator.send(new CreateCategory(
                                        new CategoryInput(category.name(), slug, parent, CATEGORIES.indexOf(category))))
                                .value());
            }
        }
        int created = 0;
        for (int i = 0; i < ITEMS.size(); i++) {
            var item = ITEMS.get(i);
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

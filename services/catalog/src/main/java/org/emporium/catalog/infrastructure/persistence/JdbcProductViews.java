package org.emporium.catalog.infrastructure.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.emporium.catalog.application.image.ImageUrls;
import org.emporium.catalog.application.product.ProductAvailabilityView;
import org.emporium.catalog.application.product.ProductView;
import org.emporium.catalog.application.product.ProductViews;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.platform.core.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Product views in one round trip each: the product with its category, and one row per image. */
@Repository
class JdbcProductViews implements ProductViews {
    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {};
    private static final String PRODUCT_WITH_IMAGES = """
            SELECT p.id, p.slug, p.name, p.description, p.brand, p.attributes::text AS attributes,
                   p.price_amount, p.currency, p.stock, p.status, p.average_rating, p.review_count,
                   p.created_at, p.updated_at, p.version, c.id AS category_id, c.slug AS category_slug,
                   c.name AS category_name, i.id AS image_id, i.position AS image_position,
                   i.width AS image_width, i.height AS image_height
            FROM products p JOIN categories c ON c.id = p.category_id
            LEFT JOIN product_images i ON i.product_id = p.id
            WHERE %s AND (:all OR p.status = 'ACTIVE')
            ORDER BY i.position, i.created_at
            """;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ImageUrls imageUrls;

    JdbcProductViews(JdbcClient jdbc, JsonMapper json, ImageUrls imageUrls) {
        this.jdbc = jdbc;
        this.json = json;
        this.imageUrls = imageUrls;
    }

    @Override
    public Optional<ProductView> byId(ProductId id, boolean includeUnpublished) {
        return one(jdbc.sql(PRODUCT_WITH_IMAGES.formatted("p.id = :key")).param("key", id.value()), includeUnpublished);
    }

    @Override
    public Optional<ProductView> bySlug(String slug, boolean includeUnpublished) {
        return one(jdbc.sql(PRODUCT_WITH_IMAGES.formatted("p.slug = :key")).param("key", slug), includeUnpublished);
    }

    @Override
    public List<ProductAvailabilityView.Item> availabilityByIds(Collection<UUID> ids) {
        return jdbc.sql("""
                        SELECT id, slug, name, price_amount, currency, status, stock
                        FROM products WHERE id = ANY(:ids)""")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> new ProductAvailabilityView.Item(
                        rs.getObject("id", UUID.class),
                        rs.getString("slug"),
                        rs.getString("name"),
                        Money.of(rs.getBigDecimal("price_amount"), rs.getString("currency"))
                                .amount(),
                        rs.getString("currency"),
                        rs.getString("status"),
                        rs.getInt("stock")))
                .list();
    }

    private Optional<ProductView> one(JdbcClient.StatementSpec statement, boolean includeUnpublished) {
        var images = new ArrayList<ProductView.ImageView>();
        var found = new ProductView[1];
        statement.param("all", includeUnpublished).query(rs -> {
            if (found[0] == null) {
                found[0] = row(rs);
            }
            var imageId = rs.getObject("image_id", UUID.class);
            if (imageId != null) {
                images.add(new ProductView.ImageView(
                        imageId,
                        rs.getInt("image_position"),
                        rs.getInt("image_width"),
                        rs.getInt("image_height"),
                        imageUrls.all(imageId)));
            }
        });
        var product = found[0];
        if (product == null) {
            return Optional.empty();
        }
        return Optional.of(new ProductView(
                product.id(),
                product.slug(),
                product.name(),
                product.description(),
                product.category(),
                product.brand(),
                product.attributes(),
                product.price(),
                product.currency(),
                product.stock(),
                product.inStock(),
                product.status(),
                product.averageRating(),
                product.reviewCount(),
                List.copyOf(images),
                product.createdAt(),
                product.updatedAt(),
                product.version()));
    }

    private ProductView row(ResultSet rs) throws SQLException {
        var stock = rs.getInt("stock");
        return new ProductView(
                rs.getObject("id", UUID.class),
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("description"),
                new ProductView.CategoryRef(
                        rs.getObject("category_id", UUID.class),
                        rs.getString("category_slug"),
                        rs.getString("category_name")),
                rs.getString("brand"),
                json.readValue(rs.getString("attributes"), ATTRIBUTES),
                Money.of(rs.getBigDecimal("price_amount"), rs.getString("currency"))
                        .amount(),
                rs.getString("currency"),
                stock,
                stock > 0,
                rs.getString("status"),
                rs.getBigDecimal("average_rating"),
                rs.getInt("review_count"),
                List.of(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }
}

package org.emporium.catalog.infrastructure.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.emporium.catalog.domain.image.ImageFormat;
import org.emporium.catalog.domain.image.ImageId;
import org.emporium.catalog.domain.image.ImageSize;
import org.emporium.catalog.domain.image.ProductGallery;
import org.emporium.catalog.domain.image.ProductImage;
import org.emporium.catalog.domain.image.ProductImages;
import org.emporium.catalog.domain.product.ProductId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcProductImages implements ProductImages {
    private static final TypeReference<Map<String, String>> RENDITIONS = new TypeReference<>() {};
    private static final String COLUMNS =
            "id, product_id, position, format, width, height, renditions::text AS renditions, created_at";
    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcProductImages(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<ProductImage> byId(ImageId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM product_images WHERE id = :id")
                .param("id", id.value())
                .query(this::row)
                .optional();
    }

    @Override
    public List<ProductImage> ofProduct(ProductId productId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM product_images WHERE product_id = :product "
                        + "ORDER BY position, created_at, id")
                .param("product", productId.value())
                .query(this::row)
                .list();
    }

    @Override
    public Optional<ProductGallery> byProduct(ProductId productId) {
        var exists = jdbc.sql("SELECT id FROM products WHERE id = :product FOR UPDATE")
                .param("product", productId.value())
                .query(UUID.class)
                .optional();
        return exists.map(id -> new ProductGallery(productId, ofProduct(productId)));
    }

    /**
     * Positions are unique per product (a constraint checked at commit, so positions can be swapped row by row);
     * only rows whose position changed are written.
     */
    @Override
    public void save(ProductGallery gallery) {
        gallery.removed()
                .forEach(image -> jdbc.sql("DELETE FROM product_images WHERE id = :id")
                        .param("id", image.id().value())
                        .update());
        for (var image : gallery.images()) {
            var renditions = new LinkedHashMap<String, String>();
            image.renditions().forEach((size, type) -> renditions.put(size.urlName(), type));
            jdbc.sql("""
                            INSERT INTO product_images (id, product_id, position, format, width, height, renditions,
                                created_at)
                            VALUES (:id, :product, :position, :format, :width, :height, CAST(:renditions AS jsonb),
                                :createdAt)
                            ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position
                                WHERE product_images.position <> EXCLUDED.position""")
                    .param("id", image.id().value())
                    .param("product", image.productId().value())
                    .param("position", image.position())
                    .param("format", image.format().name())
                    .param("width", image.width())
                    .param("height", image.height())
                    .param("renditions", json.writeValueAsString(renditions))
                    .param("createdAt", Timestamp.from(image.createdAt()))
                    .update();
        }
    }

    private ProductImage row(ResultSet rs, int n) throws SQLException {
        var renditions = new EnumMap<ImageSize, String>(ImageSize.class);
        json.readValue(rs.getString("renditions"), RENDITIONS)
                .forEach((size, type) -> ImageSize.fromUrlName(size).ifPresent(s -> renditions.put(s, type)));
        return new ProductImage(
                new ImageId(rs.getObject("id", UUID.class)),
                new ProductId(rs.getObject("product_id", UUID.class)),
                rs.getInt("position"),
                ImageFormat.valueOf(rs.getString("format")),
                rs.getInt("width"),
                rs.getInt("height"),
                renditions,
                rs.getTimestamp("created_at").toInstant());
    }
}

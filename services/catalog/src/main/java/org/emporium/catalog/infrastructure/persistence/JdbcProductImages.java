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
                        + "ORDER BY position, created_at")
                .param("product", productId.value())
                .query(this::row)
                .list();
    }

    @Override
    public void add(ProductImage image) {
        var renditions = new LinkedHashMap<String, String>();
        image.renditions().forEach((size, type) -> renditions.put(size.urlName(), type));
        jdbc.sql("""
                        INSERT INTO product_images (id, product_id, position, format, width, height, renditions,
                            created_at)
                        VALUES (:id, :product, :position, :format, :width, :height, CAST(:renditions AS jsonb),
                            :createdAt)""")
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

    @Override
    public void reorder(List<ProductImage> images) {
        images.forEach(image -> jdbc.sql("UPDATE product_images SET position = :position WHERE id = :id")
                .param("position", image.position())
                .param("id", image.id().value())
                .update());
    }

    @Override
    public void remove(ImageId id) {
        jdbc.sql("DELETE FROM product_images WHERE id = :id")
                .param("id", id.value())
                .update();
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

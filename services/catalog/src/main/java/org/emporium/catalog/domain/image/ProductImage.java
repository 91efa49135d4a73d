package org.emporium.catalog.domain.image;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.emporium.catalog.domain.product.ProductId;

/**
 * One picture of a product, in every {@link ImageSize}. Its bytes are immutable: a new picture is a new image.
 *
 * @param renditions the content type of each stored size (thumbnails may differ from the original's format)
 * @param position 0 is the main picture
 */
public record ProductImage(
        ImageId id,
        ProductId productId,
        int position,
        ImageFormat format,
        int width,
        int height,
        Map<ImageSize, String> renditions,
        Instant createdAt) {
    public static final int MAX_PER_PRODUCT = 20;

    public ProductImage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(format, "format");
        renditions = Map.copyOf(renditions);
    }

    public ProductImage at(int newPosition) {
        return new ProductImage(id, productId, newPosition, format, width, height, renditions, createdAt);
    }

    /** Where the bytes of {@code size} are kept in image storage. */
    public String storageKey(ImageSize size) {
        return storageKey(productId, id, size);
    }

    public static String storageKey(ProductId productId, ImageId id, ImageSize size) {
        return "products/" + productId + "/" + id + "/" + size.urlName();
    }
}

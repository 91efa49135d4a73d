package org.emporium.catalog.domain.image;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.product.ProductId;

/**
 * A product's pictures in their order: the aggregate every image change goes through. It holds the rules — at most
 * {@link #MAX_IMAGES} pictures, positions {@code 0..n-1} without gaps or duplicates — and the repository loads it
 * with the product locked, so two uploads at once are checked one after the other, never both against the same
 * count.
 */
public final class ProductGallery {
    public static final int MAX_IMAGES = ProductImage.MAX_PER_PRODUCT;
    private final ProductId productId;
    private final List<ProductImage> images;
    private final List<ProductImage> removed = new ArrayList<>();

    /** @param images as stored, in their order; renumbered {@code 0..n-1} if the stored positions have gaps */
    public ProductGallery(ProductId productId, List<ProductImage> images) {
        this.productId = Objects.requireNonNull(productId, "productId");
        this.images = new ArrayList<>(images);
        renumber();
    }

    /**
     * Adds a picture last in the order.
     *
     * @throws org.emporium.platform.core.DomainException {@code CATALOG.TOO_MANY_IMAGES} when the product already
     *     has {@link #MAX_IMAGES}
     */
    public ProductImage add(
            ImageId id, ImageFormat format, int width, int height, Map<ImageSize, String> renditions, Instant now) {
        if (images.size() >= MAX_IMAGES) {
            throw CatalogErrors.tooManyImages(MAX_IMAGES);
        }
        var image = new ProductImage(id, productId, images.size(), format, width, height, renditions, now);
        images.add(image);
        return image;
    }

    /** Removes one picture; the ones after it move up. */
    public ProductImage remove(ImageId id) {
        var image =
                images.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(CatalogErrors::imageNotFound);
        images.remove(image);
        removed.add(image);
        renumber();
        return image;
    }

    /** Puts the pictures in this order (the first is the main picture); it must name each exactly once. */
    public void reorder(List<ImageId> order) {
        var current = images.stream().map(ProductImage::id).toList();
        if (order.size() != current.size() || !new HashSet<>(order).equals(new HashSet<>(current))) {
            throw CatalogErrors.invalidImageOrder(current.size());
        }
        var reordered =
                order.stream().map(id -> images.get(current.indexOf(id))).toList();
        images.clear();
        images.addAll(reordered);
        renumber();
    }

    public ProductId productId() {
        return productId;
    }

    /** The pictures in order, each at its position. */
    public List<ProductImage> images() {
        return Collections.unmodifiableList(images);
    }

    /** The pictures removed since loading (their rows go; their bytes go after commit). */
    public List<ProductImage> removed() {
        return Collections.unmodifiableList(removed);
    }

    private void renumber() {
        for (int i = 0; i < images.size(); i++) {
            if (images.get(i).position() != i) {
                images.set(i, images.get(i).at(i));
            }
        }
    }
}

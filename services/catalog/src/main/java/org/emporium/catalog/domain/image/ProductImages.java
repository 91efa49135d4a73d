package org.emporium.catalog.domain.image;

import java.util.List;
import java.util.Optional;
import org.emporium.catalog.domain.product.ProductId;

/** The product images repository (metadata only; bytes are in image storage). */
public interface ProductImages {

    Optional<ProductImage> byId(ImageId id);

    /** A product's images, main picture first. */
    List<ProductImage> ofProduct(ProductId productId);

    void add(ProductImage image);

    /** Stores new positions for the given images. */
    void reorder(List<ProductImage> images);

    void remove(ImageId id);
}

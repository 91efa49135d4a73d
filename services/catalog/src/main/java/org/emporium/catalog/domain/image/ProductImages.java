package org.emporium.catalog.domain.image;

import java.util.List;
import java.util.Optional;
import org.emporium.catalog.domain.product.ProductId;

/** The product images repository (metadata only; bytes are in image storage). */
public interface ProductImages {

    Optional<ProductImage> byId(ImageId id);

    /** A product's images, main picture first, for reading (no lock). */
    List<ProductImage> ofProduct(ProductId productId);

    /**
     * The product's gallery for a change, with the product's row locked until the transaction ends: image changes
     * of one product queue up, so the limit and the positions are checked against what the previous change saved.
     * Empty when there is no such product.
     */
    Optional<ProductGallery> byProduct(ProductId productId);

    /** Stores the gallery: new pictures inserted, removed ones deleted, every position as the gallery has it. */
    void save(ProductGallery gallery);
}

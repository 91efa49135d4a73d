package org.emporium.catalog.application.image;

import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.image.ImageId;
import org.emporium.catalog.domain.image.ProductImages;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class ReorderProductImagesHandler implements Handler<ReorderProductImages, ProductId> {
    private final ProductImages images;

    ReorderProductImagesHandler(ProductImages images) {
        this.images = images;
    }

    @Override
    public ProductId handle(ReorderProductImages command) {
        var gallery = images.byProduct(command.productId())
                .orElseThrow(() -> CatalogErrors.productNotFound(command.productId()));
        gallery.reorder(command.imageIds().stream().map(ImageId::new).toList());
        images.save(gallery);
        return command.productId();
    }
}

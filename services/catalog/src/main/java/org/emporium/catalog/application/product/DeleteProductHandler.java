package org.emporium.catalog.application.product;

import java.time.Clock;
import org.emporium.catalog.application.image.ImageRemoval;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.image.ProductImages;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.catalog.domain.product.Products;
import org.emporium.platform.mediator.Handler;
import org.emporium.platform.mediator.Versions;
import org.springframework.stereotype.Component;

/** Removes the product (its image rows go with it) and the images' bytes once that has committed. */
@Component
class DeleteProductHandler implements Handler<DeleteProduct, ProductId> {
    private final Products products;
    private final ProductImages images;
    private final ImageRemoval imageRemoval;
    private final Clock clock;

    DeleteProductHandler(Products products, ProductImages images, ImageRemoval imageRemoval, Clock clock) {
        this.products = products;
        this.images = images;
        this.imageRemoval = imageRemoval;
        this.clock = clock;
    }

    @Override
    public ProductId handle(DeleteProduct command) {
        var product = products.byId(command.productId())
                .orElseThrow(() -> CatalogErrors.productNotFound(command.productId()));
        Versions.requireCurrent("Product " + product.id(), command.expectedVersion(), product.version());
        var pictures = images.ofProduct(product.id());
        product.delete(clock.instant());
        products.remove(product);
        imageRemoval.afterCommit(pictures);
        return product.id();
    }
}

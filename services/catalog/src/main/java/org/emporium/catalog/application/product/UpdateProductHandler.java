package org.emporium.catalog.application.product;

import java.time.Clock;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.category.Categories;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.catalog.domain.product.ProductPlacement;
import org.emporium.catalog.domain.product.Products;
import org.emporium.platform.mediator.Handler;
import org.emporium.platform.mediator.Versions;
import org.springframework.stereotype.Component;

/** Saves only when something changed: an unchanged product keeps its version (and publishes nothing). */
@Component
class UpdateProductHandler implements Handler<UpdateProduct, ProductId> {
    private final Products products;
    private final ProductPlacement placement;
    private final Clock clock;

    UpdateProductHandler(Products products, Categories categories, Clock clock) {
        this.products = products;
        this.placement = new ProductPlacement(products, categories);
        this.clock = clock;
    }

    @Override
    public ProductId handle(UpdateProduct command) {
        var product = products.byId(command.productId())
                .orElseThrow(() -> CatalogErrors.productNotFound(command.productId()));
        Versions.requireCurrent("Product " + product.id(), command.expectedVersion(), product.version());
        var revision = command.input().revision();
        placement.require(product, revision.details());
        product.revise(revision, clock.instant());
        if (product.hasChanges()) {
            products.save(product);
        }
        return product.id();
    }
}

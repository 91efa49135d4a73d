package org.emporium.catalog.application.product;

import java.time.Clock;
import org.emporium.catalog.domain.category.Categories;
import org.emporium.catalog.domain.product.Product;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.catalog.domain.product.ProductPlacement;
import org.emporium.catalog.domain.product.ProductStatus;
import org.emporium.catalog.domain.product.Products;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class CreateProductHandler implements Handler<CreateProduct, ProductId> {
    private final Products products;
    private final ProductPlacement placement;
    private final Clock clock;

    CreateProductHandler(Products products, Categories categories, Clock clock) {
        this.products = products;
        this.placement = new ProductPlacement(products, categories);
        this.clock = clock;
    }

    @Override
    public ProductId handle(CreateProduct command) {
        var input = command.input();
        var id = ProductId.newId();
        var details = input.details();
        placement.requireForNew(id, details);
        var product = Product.create(
                id,
                details,
                input.money(),
                input.stock(),
                input.status() == null ? ProductStatus.DRAFT : input.status(),
                clock.instant());
        products.save(product);
        return id;
    }
}

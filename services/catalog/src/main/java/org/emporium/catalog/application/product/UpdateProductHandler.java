package org.emporium.catalog.application.product;

import java.time.Clock;
import org.emporium.catalog.domain.category.Categories;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.catalog.domain.product.Products;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class UpdateProductHandler implements Handler<UpdateProduct, ProductId> {
    private final Products products;
    private final Categories categories;
    private final ProductEventPublisher events;
    private final Clock clock;

    UpdateProductHandler(Products products, Categories categories, ProductEventPublisher events, Clock clock) {
        this.products = products;
        this.categories = categories;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ProductId handle(UpdateProduct command) {
        var product = ProductLoading.load(products, command.productId(), command.expectedVersion());
        var input = command.input();
        var details = input.details();
        if (!details.categoryId().equals(product.details().categoryId())) {
            CreateProductHandler.requireCategory(categories, details.categoryId());
        }
        CreateProductHandler.requireFreeSlug(products, details, product.id());
        var now = clock.instant();
        product.describe(details, now);
        product.reprice(input.money(), now);
        product.restock(input.stock(), now);
        if (input.status() != null) {
            product.changeStatus(input.status(), now);
        }
        var changes = product.pullEvents();
        if (!changes.isEmpty()) {
            products.update(product);
            events.publish(changes);
        }
        return product.id();
    }
}

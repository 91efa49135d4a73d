package org.emporium.catalog.application.product;

import java.time.Clock;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.category.Categories;
import org.emporium.catalog.domain.category.CategoryId;
import org.emporium.catalog.domain.product.Product;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.catalog.domain.product.ProductStatus;
import org.emporium.catalog.domain.product.Products;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class CreateProductHandler implements Handler<CreateProduct, ProductId> {
    private final Products products;
    private final Categories categories;
    private final ProductEventPublisher events;
    private final Clock clock;

    CreateProductHandler(Products products, Categories categories, ProductEventPublisher events, Clock clock) {
        this.products = products;
        this.categories = categories;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ProductId handle(CreateProduct command) {
        var input = command.input();
        var details = input.details();
        var id = ProductId.newId();
        requireCategory(categories, details.categoryId());
        requireFreeSlug(products, details, id);
        var product = Product.create(
                id,
                details,
                input.money(),
                input.stock(),
                input.status() == null ? ProductStatus.DRAFT : input.status(),
                clock.instant());
        products.add(product);
        events.publish(product.pullEvents());
        return id;
    }

    /** The category exists and stays until this transaction ends (a concurrent delete waits and is refused). */
    static void requireCategory(Categories categories, CategoryId id) {
        if (!categories.lockForReference(id)) {
            throw new DomainException(
                    CatalogErrors.CATEGORY_NOT_FOUND, ErrorKind.RULE_VIOLATED, "Category " + id + " does not exist.");
        }
    }

    static void requireFreeSlug(
            Products products, org.emporium.catalog.domain.product.ProductDetails details, ProductId id) {
        if (products.slugTaken(details.slug(), id)) {
            throw new DomainException(
                    CatalogErrors.SLUG_TAKEN,
                    ErrorKind.CONFLICT,
                    "Another product has the slug " + details.slug() + ".");
        }
    }
}

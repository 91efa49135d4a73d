package org.emporium.catalog.application.image;

import java.util.HashSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.image.ProductImages;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.catalog.domain.product.Products;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class ReorderProductImagesHandler implements Handler<ReorderProductImages, ProductId> {
    private final Products products;
    private final ProductImages images;

    ReorderProductImagesHandler(Products products, ProductImages images) {
        this.products = products;
        this.images = images;
    }

    @Override
    public ProductId handle(ReorderProductImages command) {
        if (products.byId(command.productId()).isEmpty()) {
            throw DomainException.notFound(CatalogErrors.PRODUCT_NOT_FOUND, "No product " + command.productId() + ".");
        }
        var current = images.ofProduct(command.productId()).stream()
                .collect(Collectors.toMap(i -> i.id().value(), Function.identity()));
        var requested = command.imageIds();
        if (requested.size() != current.size() || !current.keySet().equals(new HashSet<>(requested))) {
            throw new DomainException(
                    CatalogErrors.INVALID_IMAGE_ORDER,
                    ErrorKind.INVALID,
                    "The order must list each of the product's " + current.size() + " images exactly once.");
        }
        images.reorder(IntStream.range(0, requested.size())
                .mapToObj(i -> current.get(requested.get(i)).at(i))
                .toList());
        return command.productId();
    }
}

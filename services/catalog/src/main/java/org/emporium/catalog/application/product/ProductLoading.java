package org.emporium.catalog.application.product;

import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.product.Product;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.catalog.domain.product.Products;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;

/** Loads a product for a change and refuses a caller whose copy is stale (412), before any work is done. */
final class ProductLoading {
    private ProductLoading() {}

    static Product load(Products products, ProductId id, long expectedVersion) {
        var product = products.byId(id)
                .orElseThrow(() -> DomainException.notFound(
                        CatalogErrors.PRODUCT_NOT_FOUND, "Product " + id + " does not exist."));
        if (product.version() != expectedVersion) {
            throw new DomainException(
                    CatalogErrors.STALE_VERSION,
                    ErrorKind.PRECONDITION_FAILED,
                    "The product changed since you read it (version " + product.version() + " now); reload and retry.");
        }
        return product;
    }
}

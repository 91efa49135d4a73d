package org.emporium.catalog.api;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.emporium.catalog.application.product.ProductInput;
import org.emporium.catalog.application.product.ProductView;
import org.emporium.catalog.domain.product.ProductStatus;

/**
 * A partial update: absent (null) fields keep their current value. Archiving a product is
 * {@code PATCH {"status": "ARCHIVED"}}. Validated as a whole once merged, like a full update.
 */
record PatchProductRequest(
        String name,
        String slug,
        String description,
        UUID categoryId,
        String brand,
        Map<String, String> attributes,
        BigDecimal price,
        String currency,
        Integer stock,
        ProductStatus status) {

    ProductInput mergedOnto(ProductView current) {
        return new ProductInput(
                name != null ? name : current.name(),
                slug != null ? slug : current.slug(),
                description != null ? description : current.description(),
                categoryId != null ? categoryId : current.category().id(),
                brand != null ? brand : current.brand(),
                attributes != null ? attributes : current.attributes(),
                price != null ? price : current.price(),
                currency != null ? currency : current.currency(),
                stock != null ? stock : current.stock(),
                status);
    }
}

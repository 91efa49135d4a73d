package org.emporium.catalog.domain.product;

import java.util.Objects;
import org.emporium.platform.core.Money;

/**
 * Everything an admin sets on an existing product at once (an update replaces all of it).
 *
 * @param status the new status, or null to keep the current one
 */
public record ProductRevision(ProductDetails details, Money price, int stock, ProductStatus status) {
    public ProductRevision {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(price, "price");
    }
}

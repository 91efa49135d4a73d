package org.emporium.catalog.application.product;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.emporium.platform.mediator.Query;

/** Current price, status and stock of many products at once, for other services (e.g. ordering at checkout). */
public record FindProducts(
        @NotEmpty @Size(max = FindProducts.MAX_IDS) List<@NotNull UUID> ids) implements Query<ProductAvailabilityView> {
    public static final int MAX_IDS = 200;
}

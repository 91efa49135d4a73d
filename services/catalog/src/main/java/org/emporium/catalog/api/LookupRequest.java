package org.emporium.catalog.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.emporium.catalog.application.product.FindProducts;

/** The products another service asks about. */
record LookupRequest(
        @NotEmpty @Size(max = FindProducts.MAX_IDS) List<@NotNull UUID> ids) {}

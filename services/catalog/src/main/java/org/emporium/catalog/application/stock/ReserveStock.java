package org.emporium.catalog.application.stock;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.emporium.platform.mediator.Command;

/**
 * Holds stock for every line of a placed order, or for none, and answers with {@code catalog.stock-reserved} or
 * {@code catalog.stock-rejected}. Sent once per {@code ordering.order-placed}; a repeat for the same order does
 * nothing. Returns the order id.
 */
public record ReserveStock(
        @NotNull UUID orderId, @NotEmpty @Size(max = 500) List<@NotNull @Valid OrderLine> lines)
        implements Command<UUID> {}

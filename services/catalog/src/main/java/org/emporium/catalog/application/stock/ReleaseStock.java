package org.emporium.catalog.application.stock;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Command;

/**
 * Puts back what a cancelled order had reserved and publishes {@code catalog.stock-released}. Releasing twice, or
 * an order whose reservation was rejected, does nothing; a cancellation that overtakes its order-placed event
 * leaves a marker so the late order reserves nothing. Returns the order id.
 */
public record ReleaseStock(@NotNull UUID orderId) implements Command<UUID> {}

package org.emporium.comment.application;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.emporium.platform.mediator.Command;

/** Ordering delivered an order: its customer is a verified buyer of its products. Returns the order id. */
public record RecordDelivery(
        @NotNull UUID orderId,
        @NotNull UUID customerId,
        @NotNull List<@NotNull UUID> productIds) implements Command<UUID> {}

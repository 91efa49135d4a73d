package org.emporium.ordering.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.ordering.domain.OrderId;
import org.emporium.platform.mediator.Command;
import org.jspecify.annotations.Nullable;

/**
 * Cancels before shipping; a paid order is refunded.
 *
 * @param customerId the owner cancelling, or null when an admin ({@code adminId}) does
 */
public record CancelOrder(
        @NotNull OrderId orderId,
        @Nullable UUID customerId,
        @Nullable UUID adminId) implements Command<Void> {}

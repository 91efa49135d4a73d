package org.emporium.ordering.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.emporium.ordering.domain.Order;
import org.emporium.ordering.domain.OrderId;
import org.emporium.platform.mediator.Command;
import org.jspecify.annotations.Nullable;

/**
 * Cancels before shipping, keeping the optional {@code note}; answers whether the order was paid and so is owed a
 * refund (then send {@link RefundOrder}: the provider is not called inside this command's transaction).
 *
 * @param customerId the owner cancelling (reason {@code CUSTOMER_REQUEST}), or null when an admin ({@code adminId},
 *     reason {@code ADMIN}) does
 */
public record CancelOrder(
        @NotNull OrderId orderId,
        @Nullable UUID customerId,
        @Nullable UUID adminId,
        @Nullable @Size(max = Order.MAX_NOTE_LENGTH) String note)
        implements Command<Boolean> {}

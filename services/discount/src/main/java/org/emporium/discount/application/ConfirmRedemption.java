package org.emporium.discount.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Command;

/**
 * The order was paid: its reservation becomes a redemption ({@code discount.coupon-redeemed}) and the customer is
 * remembered as having ordered (first-order coupons). Nothing else for an order without a reservation.
 */
public record ConfirmRedemption(
        @NotNull UUID orderId, @NotNull UUID customerId) implements Command<UUID> {}

package org.emporium.discount.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Command;

/**
 * Gives an order's coupon back (cancelled, expired, refunded) and publishes {@code discount.coupon-released};
 * nothing for an unknown order or one already released. Returns the order id.
 *
 * @param reason why, for the event: {@code RELEASED_BY_ORDERING}, {@code CANCELLED}, {@code EXPIRED}, ...
 */
public record ReleaseRedemption(
        @NotNull UUID orderId, @NotNull String reason) implements Command<UUID> {}

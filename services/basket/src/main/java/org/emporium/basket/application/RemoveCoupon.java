package org.emporium.basket.application;

import java.util.UUID;
import org.emporium.platform.mediator.Command;

/** Removes the basket's coupon (no coupon: no change). */
public record RemoveCoupon(UUID customerId) implements Command<BasketView> {}

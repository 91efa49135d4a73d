package org.emporium.basket.application;

import java.util.UUID;
import org.emporium.platform.mediator.Command;

/** Empties the customer's basket and drops its coupon. */
public record ClearBasket(UUID customerId) implements Command<BasketView> {}

package org.emporium.basket.application;

import java.util.UUID;
import org.emporium.platform.mediator.Query;

/** The customer's basket priced from the local product copy; an empty basket (revision 0) when there is none. */
public record GetBasket(UUID customerId) implements Query<BasketView> {}

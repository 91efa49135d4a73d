package org.emporium.basket.application;

import java.util.UUID;
import org.emporium.platform.mediator.Command;

/** Removes the product's line (idempotent: a missing line is no error). */
public record RemoveLine(UUID customerId, UUID productId) implements Command<BasketView> {}

package org.emporium.basket.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.emporium.platform.mediator.Command;

/** Adds {@code quantity} of the product to the customer's basket (creating the line when missing). */
public record AddLine(
        UUID customerId, UUID productId, @Min(1) @Max(99) int quantity) implements Command<BasketView> {}

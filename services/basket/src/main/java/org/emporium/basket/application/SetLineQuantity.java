package org.emporium.basket.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.emporium.platform.mediator.Command;

/** Sets the product's quantity in the customer's basket (adding the line when missing). */
public record SetLineQuantity(
        UUID customerId, UUID productId, @Min(1) @Max(99) int quantity) implements Command<BasketView> {}

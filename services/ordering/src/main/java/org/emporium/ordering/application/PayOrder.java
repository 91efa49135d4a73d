package org.emporium.ordering.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.ordering.domain.OrderId;
import org.emporium.platform.mediator.Command;

/** The owner pays an {@code AWAITING_PAYMENT} order; declined leaves it payable. */
public record PayOrder(
        @NotNull OrderId orderId,
        @NotNull UUID customerId,
        @NotNull String cardNumber) implements Command<PaymentOutcome> {}

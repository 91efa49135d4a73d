package org.emporium.ordering.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.ordering.domain.OrderId;
import org.emporium.platform.mediator.Command;
import org.emporium.platform.mediator.OwnTransactions;

/**
 * The owner pays an {@code AWAITING_PAYMENT} order; declined leaves it payable. {@code OwnTransactions}: the
 * provider is called with no transaction open and no row locked (see {@link PayOrderHandler}).
 */
public record PayOrder(
        @NotNull OrderId orderId,
        @NotNull UUID customerId,
        @NotNull String cardNumber) implements Command<PaymentOutcome>, OwnTransactions {

    /** Never the card number. */
    @Override
    public String toString() {
        return "PayOrder[orderId=" + orderId + ", customerId=" + customerId + ", cardNumber=(hidden)]";
    }
}

package org.emporium.ordering.application.payment;

import java.math.BigDecimal;
import org.emporium.ordering.domain.CardNumber;
import org.emporium.ordering.domain.OrderId;

/**
 * The payment provider's port. A charge names the order, so the provider can refuse to charge one order twice;
 * ordering keeps only the answer's reference and the card's last four digits.
 */
public interface PaymentGateway {

    ChargeResult charge(OrderId orderId, BigDecimal amount, String currency, CardNumber card);

    /** Gives back a charge in full; answers the refund's reference (the same one when asked again for the charge). */
    String refund(OrderId orderId, String chargeReference, BigDecimal amount, String currency);

    /** What the provider said about a charge. */
    sealed interface ChargeResult {
        /** Charged: the provider's reference. */
        record Approved(String reference) implements ChargeResult {}

        /** The card was refused (e.g. {@code card_declined}). */
        record Declined(String reason) implements ChargeResult {}

        /** The provider did not answer in time; nothing is known to be charged. */
        record TimedOut() implements ChargeResult {}
    }
}

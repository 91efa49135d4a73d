package org.emporium.ordering.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What ordering keeps of a payment: the card's last four digits and the provider's reference, never the card number.
 *
 * @param refundReference the provider's reference of the refund, once the paid order was cancelled
 */
public record Payment(
        String cardLast4,
        String providerReference,
        Instant paidAt,
        @Nullable String refundReference) {
    public Payment {
        Objects.requireNonNull(providerReference, "providerReference");
        Objects.requireNonNull(paidAt, "paidAt");
        if (cardLast4 == null || !cardLast4.matches("\\d{4}")) {
            throw new IllegalArgumentException("cardLast4 is four digits");
        }
    }

    public Payment refunded(String reference) {
        return new Payment(cardLast4, providerReference, paidAt, reference);
    }
}

package org.emporium.ordering.domain;

import org.emporium.platform.core.DomainException;

/**
 * A card number as the customer typed it, checked (12–19 digits, spaces and dashes allowed, Luhn checksum). It is
 * handed to the payment provider and never stored or logged: ordering keeps {@link #last4()} only.
 */
public final class CardNumber {
    private final String digits;

    private CardNumber(String digits) {
        this.digits = digits;
    }

    /** @throws DomainException 422 {@code ORDERING.INVALID_CARD} */
    public static CardNumber parse(String input) {
        var digits = input.replaceAll("[ -]", "");
        if (!digits.matches("\\d{12,19}") || !luhn(digits)) {
            throw DomainException.ruleViolated(
                    OrderingErrors.INVALID_CARD, "The card number is not valid; check the digits.");
        }
        return new CardNumber(digits);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** The digits, for the provider only. */
    public String digits() {
        return digits;
    }

    public String last4() {
        return digits.substring(digits.length() - 4);
    }

    /** Never the number: a card number must not reach a log through {@code toString}. */
    @Override
    public String toString() {
        return "CardNumber[****" + last4() + "]";
    }
}

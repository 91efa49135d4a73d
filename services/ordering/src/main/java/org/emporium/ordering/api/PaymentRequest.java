package org.emporium.ordering.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.emporium.ordering.domain.CardNumber;
import org.emporium.platform.core.DomainException;

/**
 * Card details; never stored (ordering keeps the last four digits only) and never echoed: {@code cardNumber} and
 * {@code cvc} carry no constraint of their own but {@code @NotNull}, their shape is checked by the boolean
 * properties {@code cardNumberValid} and {@code cvcValid}, so a refusal's {@code rejectedValue} is {@code false}
 * (or null), never the digits. {@link #toString()} hides both.
 */
record PaymentRequest(
        @NotNull String cardNumber,

        @NotNull @Pattern(regexp = "(0[1-9]|1[0-2])/\\d{2}", message = "must be MM/YY")
        String expiry,

        @NotNull String cvc,

        @NotBlank @Size(max = 100) String cardholder) {

    /** Length (12 to 19 digits, spaces allowed) and Luhn, reported as a field error of {@code cardNumberValid}. */
    @AssertTrue(message = "cardNumber is not a valid card number")
    boolean isCardNumberValid() {
        if (cardNumber == null) {
            return true;
        }
        if (cardNumber.length() > 30) {
            return false;
        }
        try {
            CardNumber.parse(cardNumber);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /** Three or four digits, reported as a field error of {@code cvcValid}. */
    @AssertTrue(message = "cvc must be 3 or 4 digits")
    boolean isCvcValid() {
        return cvc == null || cvc.matches("\\d{3,4}");
    }

    @AssertTrue(message = "expiry is in the past")
    boolean isExpiryInFuture() {
        if (expiry == null || !expiry.matches("(0[1-9]|1[0-2])/\\d{2}")) {
            return true;
        }
        var month =
                YearMonth.of(2000 + Integer.parseInt(expiry.substring(3)), Integer.parseInt(expiry.substring(0, 2)));
        return !month.isBefore(YearMonth.now(ZoneOffset.UTC));
    }

    @Override
    public String toString() {
        return "PaymentRequest[cardNumber=(hidden), expiry=" + expiry + ", cvc=(hidden), cardholder=(hidden)]";
    }
}

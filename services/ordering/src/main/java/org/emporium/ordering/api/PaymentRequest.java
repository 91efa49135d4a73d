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

/** Card details; never stored (ordering keeps the last four digits only). */
record PaymentRequest(
        @NotNull @Size(max = 30) String cardNumber,

        @NotNull @Pattern(regexp = "(0[1-9]|1[0-2])/\\d{2}", message = "must be MM/YY")
        String expiry,

        @NotNull @Pattern(regexp = "\\d{3,4}", message = "must be 3 or 4 digits")
        String cvc,

        @NotBlank @Size(max = 100) String cardholder) {

    /** Luhn and length, reported as a field error of {@code cardNumberValid}. */
    @AssertTrue(message = "cardNumber is not a valid card number")
    boolean isCardNumberValid() {
        if (cardNumber == null) {
            return true;
        }
        try {
            CardNumber.parse(cardNumber);
            return true;
        } catch (DomainException e) {
            return false;
        }
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
}

package org.emporium.web.orders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The card as the pay form posts it: checked for shape here (ordering checks again, Luhn and expiry included), passed
 * on to ordering once and kept nowhere: not in the session, not in a log ({@link #toString()} hides it), never
 * written back into the page.
 */
record PaymentForm(
        @NotBlank(message = "Enter the name on the card.") @Size(max = 100, message = "At most 100 characters.")
        String cardholder,

        @NotBlank(message = "Enter the card number.")
        @Pattern(regexp = "[0-9 ]{12,23}", message = "Enter the 12 to 19 digits of the card.")
        String cardNumber,

        @NotBlank(message = "Enter the expiry date.")
        @Pattern(regexp = "(0[1-9]|1[0-2])/\\d{2}", message = "Write the expiry as MM/YY.")
        String expiry,

        @NotBlank(message = "Enter the security code.")
        @Pattern(regexp = "\\d{3,4}", message = "The security code has 3 or 4 digits.")
        String cvc) {

    @Override
    public String toString() {
        return "PaymentForm[cardholder=(hidden), cardNumber=(hidden), expiry=" + expiry + ", cvc=(hidden)]";
    }
}

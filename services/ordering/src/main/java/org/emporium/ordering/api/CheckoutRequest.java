package org.emporium.ordering.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.emporium.ordering.domain.ShippingAddress;
import org.jspecify.annotations.Nullable;

/** The body of a checkout: only the address and the total the customer accepts; everything else is computed. */
record CheckoutRequest(
        @NotNull @Valid AddressRequest shippingAddress,
        @Nullable @DecimalMin("0") BigDecimal expectedTotal) {

    record AddressRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String line1,
            @Nullable @Size(max = 200) String line2,
            @NotBlank @Size(max = 20) String postalCode,
            @NotBlank @Size(max = 100) String city,

            @NotNull @CountryCode String country) {
        ShippingAddress toAddress() {
            return new ShippingAddress(
                    name.strip(),
                    line1.strip(),
                    line2 == null || line2.isBlank() ? null : line2.strip(),
                    postalCode.strip(),
                    city.strip(),
                    country);
        }
    }
}

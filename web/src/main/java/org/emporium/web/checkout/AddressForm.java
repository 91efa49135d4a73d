package org.emporium.web.checkout;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The shipping address as the checkout form posts it, with ordering's limits (so the form says what is wrong before
 * ordering would); the country is an ISO 3166-1 alpha-2 code from {@link Countries}. Kept in the session for the
 * checkout's review step.
 */
record AddressForm(
        @NotBlank(message = "Enter the name to deliver to.") @Size(max = 200, message = "At most 200 characters.")
        String name,

        @NotBlank(message = "Enter the street and number.") @Size(max = 200, message = "At most 200 characters.")
        String line1,

        @Nullable @Size(max = 200, message = "At most 200 characters.")
        String line2,

        @NotBlank(message = "Enter the postal code.") @Size(max = 20, message = "At most 20 characters.")
        String postalCode,

        @NotBlank(message = "Enter the city.") @Size(max = 100, message = "At most 100 characters.")
        String city,

        @NotBlank(message = "Choose a country.")
        @Pattern(regexp = "[A-Z]{2}", message = "Choose a country from the list.")
        String country)
        implements Serializable {

    static AddressForm empty() {
        return new AddressForm("", "", "", "", "", "");
    }

    /** ordering's {@code shippingAddress}. */
    Map<String, Object> toRequest() {
        var address = new LinkedHashMap<String, Object>();
        address.put("name", name.strip());
        address.put("line1", line1.strip());
        if (line2 != null && !line2.isBlank()) {
            address.put("line2", line2.strip());
        }
        address.put("postalCode", postalCode.strip());
        address.put("city", city.strip());
        address.put("country", country);
        return address;
    }
}

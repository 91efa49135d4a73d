package org.emporium.ordering.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Where an order goes; checked at the API (lengths, ISO 3166-1 alpha-2 country), kept as given. */
public record ShippingAddress(
        String name, String line1, @Nullable String line2, String postalCode, String city, String country) {
    public ShippingAddress {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(line1, "line1");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(country, "country");
    }
}

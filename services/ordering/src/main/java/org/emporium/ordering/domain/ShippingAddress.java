package org.emporium.ordering.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where an order goes; checked at the API (lengths, country), kept as given. The country of a new order is an
 * ISO 3166-1 alpha-2 code that exists ({@link #isCountryCode}: {@code DE}, not {@code XX}), checked when the order is
 * placed, not when a stored one is read back (an order placed before the check stays readable).
 */
public record ShippingAddress(
        String name, String line1, @Nullable String line2, String postalCode, String city, String country) {
    public ShippingAddress {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(line1, "line1");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(country, "country");
    }

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** True for an assigned ISO 3166-1 alpha-2 code in upper case ({@link Locale#getISOCountries()}). */
    public static boolean isCountryCode(@Nullable String code) {
        return code != null && COUNTRIES.contains(code);
    }
}

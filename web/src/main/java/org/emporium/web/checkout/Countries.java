package org.emporium.web.checkout;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The countries the address form offers: the assigned ISO 3166-1 alpha-2 codes ordering accepts, by English name. */
final class Countries {
    /** A country as the select shows it. */
    record Country(String code, String name) {}

    static final List<Country> ALL = Arrays.stream(Locale.getISOCountries())
            .map(code -> new Country(code, Locale.of("", code).getDisplayCountry(Locale.ENGLISH)))
            .sorted(Comparator.comparing(Country::name))
            .toList();

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {}

    static boolean isAssigned(String code) {
        return CODES.contains(code);
    }
}

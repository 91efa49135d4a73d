package org.emporium.catalog.application.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How search results are ordered; every order ends with the id so pages never overlap. */
public enum ProductSort {
    /** Best match first (name beats brand beats description); newest first without a text query. */
    RELEVANCE("relevance"),
    PRICE_ASC("price"),
    PRICE_DESC("-price"),
    NEWEST("newest"),
    RATING("rating");

    private final String parameter;

    ProductSort(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The sort named by the {@code sort} parameter ({@code price}, {@code -price}, {@code newest}...). */
    public static Optional<ProductSort> fromParameter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(RELEVANCE);
        }
        var wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(s -> s.parameter.equals(wanted)
                        || s.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}

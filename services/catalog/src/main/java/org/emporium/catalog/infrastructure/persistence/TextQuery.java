package org.emporium.catalog.infrastructure.persistence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns what a shopper typed into a PostgreSQL {@code tsquery}: every word must match, each as a prefix after
 * stemming ({@code head} → {@code head:*}, which finds "headphones"). Only letters and digits survive, so the
 * operators of the tsquery syntax can never be injected.
 */
final class TextQuery {
    private static final int MAX_WORDS = 8;

    private TextQuery() {}

    static Optional<String> toTsQuery(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        var words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .limit(MAX_WORDS)
                .map(word -> word + ":*")
                .collect(Collectors.joining(" & "));
        return words.isEmpty() ? Optional.empty() : Optional.of(words);
    }
}

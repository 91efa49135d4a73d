package org.emporium.catalog.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** A URL-safe, human-readable key: lower-case letters and digits in words joined by single hyphens, at most 120. */
public record Slug(String value) {
    public static final int MAX_LENGTH = 120;
    private static final Pattern SHAPE = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");

    public Slug {
        if (value == null
                || value.length() > MAX_LENGTH
                || !SHAPE.matcher(value).matches()) {
            throw CatalogErrors.invalidSlug();
        }
    }

    /** The slug for a display name: accents dropped, everything else that is not a letter or digit a hyphen. */
    public static Slug from(String text) {
        var plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (plain.length() > MAX_LENGTH) {
            plain = plain.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return new Slug(plain);
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.emporium.identity.domain.user;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address as the user typed it (trimmed). Two addresses are the same account when they are equal ignoring
 * case, so {@link #canonical()} is what uniqueness and sign-in compare.
 */
public record EmailAddress(String value) {
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    public EmailAddress {
        if (value == null) {
            throw new IllegalArgumentException("An email address is required.");
        }
        value = value.strip();
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not an email address.");
        }
    }

    public String canonical() {
        return value.toLowerCase(Locale.ROOT);
    }

    public String localPart() {
        return canonical().substring(0, canonical().indexOf('@'));
    }

    @Override
    public String toString() {
        return value;
    }
}

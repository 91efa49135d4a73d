package org.emporium.identity.domain.user;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address as the user typed it (trimmed). Two addresses are the same account when they are equal ignoring
 * case, so {@link #canonical()} is what uniqueness and sign-in compare.
 */
public record EmailAddress(String value) {
    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    public EmailAddress {
        if (value == null) {
            throw new IllegalArgumentException("An email address is required.");
        }
        value = value.strip();
        if (!hasShape(value)) {
            throw new IllegalArgumentException("'" + value + "' is not an email address.");
        }
    }

    /** Whether {@code value} makes an address (surrounding blanks aside): what requests are validated against. */
    public static boolean isValid(String value) {
        return value != null && hasShape(value.strip());
    }

    private static boolean hasShape(String stripped) {
        return stripped.length() <= MAX_LENGTH && SHAPE.matcher(stripped).matches();
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

package org.emporium.identity.domain.user;

/** The name shown for a user: 1 to 100 characters, no control characters, surrounding blanks removed. */
public final class DisplayName {
    public static final int MAX_LENGTH = 100;

    private DisplayName() {}

    /** Whether {@link #normalize} takes {@code value}: what requests are validated against. */
    public static boolean isValid(String value) {
        return problem(value) == null;
    }

    public static String normalize(String value) {
        var problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return value.strip();
    }

    private static String problem(String value) {
        if (value == null || value.isBlank()) {
            return "A display name is required.";
        }
        var name = value.strip();
        if (name.length() > MAX_LENGTH) {
            return "A display name has at most " + MAX_LENGTH + " characters.";
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return "A display name cannot contain control characters.";
        }
        return null;
    }
}

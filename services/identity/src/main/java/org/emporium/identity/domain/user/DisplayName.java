package org.emporium.identity.domain.user;

/** The name shown for a user: 1 to 100 characters, no control characters, surrounding blanks removed. */
public final class DisplayName {
    public static final int MAX_LENGTH = 100;

    private DisplayName() {}

    public static String normalize(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A display name is required.");
        }
        var name = value.strip();
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A display name has at most " + MAX_LENGTH + " characters.");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A display name cannot contain control characters.");
        }
        return name;
    }
}

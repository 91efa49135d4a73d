package org.emporium.identity.domain.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;
import java.util.function.Predicate;
import org.emporium.identity.domain.IdentityErrors;

/**
 * What a new password must be: {@value #MIN_LENGTH} characters or more and at most {@value #MAX_BYTES} bytes (the
 * hash's input limit), not the account's email address or its local part, and not on the list of common passwords
 * shipped with the service. Refusals name every reason at once.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;

    private final Predicate<String> common;

    /** @param common whether a password (as typed, compared ignoring case) is on the common-passwords list */
    public PasswordPolicy(Predicate<String> common) {
        this.common = common;
    }

    public void check(String password, EmailAddress email) {
        var reasons = new ArrayList<String>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            reasons.add("must have at least " + MIN_LENGTH + " characters");
        } else {
            if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
                reasons.add("must have at most " + MAX_BYTES + " bytes");
            }
            var lower = password.toLowerCase(Locale.ROOT);
            if (lower.equals(email.canonical()) || lower.equals(email.localPart())) {
                reasons.add("must not be the email address");
            }
            if (common.test(lower)) {
                reasons.add("is too common");
            }
            if (password.chars().distinct().count() < 4) {
                reasons.add("must use at least 4 different characters");
            }
        }
        if (!reasons.isEmpty()) {
            throw IdentityErrors.weakPassword(reasons);
        }
    }
}

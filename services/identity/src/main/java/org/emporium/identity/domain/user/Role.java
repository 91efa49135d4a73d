package org.emporium.identity.domain.user;

import java.util.Locale;
import org.emporium.identity.domain.IdentityErrors;

/** What a user may do; carried in the {@code roles} claim of access tokens. */
public enum Role {
    /** Every self-registered user. */
    CUSTOMER,
    /** Manages users, clients and keys. */
    ADMIN;

    public static Role parse(String name) {
        try {
            return Role.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw IdentityErrors.unknownRole(name);
        }
    }
}

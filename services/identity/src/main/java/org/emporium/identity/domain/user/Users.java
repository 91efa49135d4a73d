package org.emporium.identity.domain.user;

import java.util.Optional;

/** Where user accounts are kept. */
public interface Users {
    Optional<User> byId(UserId id);

    /** The account with this address, compared ignoring case. */
    Optional<User> byEmail(EmailAddress email);

    boolean existsWithEmail(EmailAddress email);

    /**
     * Inserts a new account or updates a loaded one; an update based on a stale version fails with an optimistic
     * locking error. A second account with the same address (ignoring case) is refused with
     * {@link EmailAlreadyTaken}.
     */
    void save(User user);
}

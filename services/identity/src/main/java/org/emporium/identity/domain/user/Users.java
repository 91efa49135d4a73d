package org.emporium.identity.domain.user;

import java.util.Optional;
import org.emporium.identity.domain.IdentityErrors;

/** Where user accounts are kept. */
public interface Users {
    Optional<User> byId(UserId id);

    /** The account with this address, compared ignoring case. */
    Optional<User> byEmail(EmailAddress email);

    /**
     * Inserts a new account or updates a loaded one (the version tells which), and hands the events the account
     * registered to the outbox in the same transaction. An update based on a stale version fails with an optimistic
     * locking error; a second account with the same address (ignoring case) is refused with
     * {@link IdentityErrors#emailTaken()}.
     */
    void save(User user);
}

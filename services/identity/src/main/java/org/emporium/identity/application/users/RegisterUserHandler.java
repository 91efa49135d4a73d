package org.emporium.identity.application.users;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.emporium.identity.domain.user.EmailAddress;
import org.emporium.identity.domain.user.PasswordPolicy;
import org.emporium.identity.domain.user.User;
import org.emporium.identity.domain.user.UserId;
import org.emporium.identity.domain.user.Users;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Checks the password policy, hashes the password and then stores the new account in one short transaction; the
 * store refuses an address already taken and hands the account's {@code UserRegistered} to the outbox in that
 * transaction. Hashing outside it keeps a burst of sign-ups from holding every pooled connection while the CPU
 * works through the hashes (50 at once exhausted the pool and answered 503 before).
 */
@Component
class RegisterUserHandler implements Handler<RegisterUser, UserId> {
    private final Users users;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final TransactionOperations transactions;

    RegisterUserHandler(
            Users users,
            PasswordPolicy policy,
            PasswordHasher hasher,
            Clock clock,
            TransactionOperations transactions) {
        this.users = users;
        this.policy = policy;
        this.hasher = hasher;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public UserId handle(RegisterUser command) {
        var email = new EmailAddress(command.email());
        policy.check(command.password(), email);
        // The database keeps microseconds: the event must carry the time the stored account shows.
        var registeredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var passwordHash = hasher.hash(command.password());
        var user = User.register(UserId.newId(), email, command.displayName(), passwordHash, registeredAt);
        transactions.executeWithoutResult(status -> users.save(user));
        return user.id();
    }
}

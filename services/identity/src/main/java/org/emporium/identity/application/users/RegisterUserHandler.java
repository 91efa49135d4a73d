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

/**
 * Checks the password policy and stores the new account; the store refuses an address already taken and hands the
 * account's {@code UserRegistered} to the outbox in this transaction.
 */
@Component
class RegisterUserHandler implements Handler<RegisterUser, UserId> {
    private final Users users;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final Clock clock;

    RegisterUserHandler(Users users, PasswordPolicy policy, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.policy = policy;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public UserId handle(RegisterUser command) {
        var email = new EmailAddress(command.email());
        policy.check(command.password(), email);
        // The database keeps microseconds: the event must carry the time the stored account shows.
        var registeredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var user = User.register(
                UserId.newId(), email, command.displayName(), hasher.hash(command.password()), registeredAt);
        users.save(user);
        return user.id();
    }
}

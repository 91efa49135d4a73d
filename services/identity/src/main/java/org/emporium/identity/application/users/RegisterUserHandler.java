package org.emporium.identity.application.users;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.emporium.identity.domain.user.EmailAddress;
import org.emporium.identity.domain.user.EmailAlreadyTaken;
import org.emporium.identity.domain.user.PasswordPolicy;
import org.emporium.identity.domain.user.User;
import org.emporium.identity.domain.user.UserId;
import org.emporium.identity.domain.user.UserRegistered;
import org.emporium.identity.domain.user.Users;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

/** Checks the password policy and the address's uniqueness, stores the account and stages the event. */
@Component
class RegisterUserHandler implements Handler<RegisterUser, UserId> {
    private final Users users;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final IntegrationEvents events;
    private final Clock clock;

    RegisterUserHandler(
            Users users, PasswordPolicy policy, PasswordHasher hasher, IntegrationEvents events, Clock clock) {
        this.users = users;
        this.policy = policy;
        this.hasher = hasher;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public UserId handle(RegisterUser command) {
        var email = new EmailAddress(command.email());
        if (users.existsWithEmail(email)) {
            throw new EmailAlreadyTaken();
        }
        policy.check(command.password(), email);
        // The database keeps microseconds: the event must carry the time the stored account shows.
        var registeredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var user = User.register(
                UserId.newId(), email, command.displayName(), hasher.hash(command.password()), registeredAt);
        users.save(user);
        for (var event : user.pullEvents()) {
            if (event instanceof UserRegistered registered) {
                events.publishAfterCommit(new org.emporium.contracts.identity.UserRegistered(
                        registered.userId().value(),
                        registered.email().value(),
                        registered.displayName(),
                        registered.registeredAt()));
            }
        }
        return user.id();
    }
}

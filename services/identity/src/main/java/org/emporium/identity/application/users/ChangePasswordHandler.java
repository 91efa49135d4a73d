package org.emporium.identity.application.users;

import org.emporium.identity.domain.IdentityErrors;
import org.emporium.identity.domain.signin.SignInThrottle;
import org.emporium.identity.domain.user.PasswordPolicy;
import org.emporium.identity.domain.user.UserId;
import org.emporium.identity.domain.user.Users;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

/**
 * The current password is a sign-in: a stolen access token must not allow unthrottled guessing, so it is counted and
 * refused exactly like sign-ins of the account from the same address.
 */
@Component
class ChangePasswordHandler implements Handler<ChangePassword, UserId> {
    private final Users users;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final RefreshTokens refreshTokens;
    private final SignInThrottle throttle;

    ChangePasswordHandler(
            Users users,
            PasswordPolicy policy,
            PasswordHasher hasher,
            RefreshTokens refreshTokens,
            SignInThrottle throttle) {
        this.users = users;
        this.policy = policy;
        this.hasher = hasher;
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
    }

    @Override
    public UserId handle(ChangePassword command) {
        var user = users.byId(command.userId()).orElseThrow(IdentityErrors::userNotFound);
        var attempt = throttle.begin(user.email().canonical(), command.clientAddress());
        if (!hasher.matches(command.currentPassword(), user.passwordHash())) {
            attempt.failed(true);
            throw IdentityErrors.wrongPassword();
        }
        attempt.succeeded();
        policy.check(command.newPassword(), user.email());
        user.changePasswordHash(hasher.hash(command.newPassword()));
        users.save(user);
        refreshTokens.revokeAllOf(user.id());
        return user.id();
    }
}

package org.emporium.identity.application.users;

import org.emporium.identity.domain.user.PasswordPolicy;
import org.emporium.identity.domain.user.UserId;
import org.emporium.identity.domain.user.Users;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class ChangePasswordHandler implements Handler<ChangePassword, UserId> {
    private final Users users;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final RefreshTokens refreshTokens;

    ChangePasswordHandler(Users users, PasswordPolicy policy, PasswordHasher hasher, RefreshTokens refreshTokens) {
        this.users = users;
        this.policy = policy;
        this.hasher = hasher;
        this.refreshTokens = refreshTokens;
    }

    @Override
    public UserId handle(ChangePassword command) {
        var user = users.byId(command.userId()).orElseThrow(UserNotFound::new);
        if (!hasher.matches(command.currentPassword(), user.passwordHash())) {
            throw new DomainException(
                    "IDENTITY.WRONG_PASSWORD", ErrorKind.RULE_VIOLATED, "The current password is not correct.");
        }
        policy.check(command.newPassword(), user.email());
        user.changePasswordHash(hasher.hash(command.newPassword()));
        users.save(user);
        refreshTokens.revokeAllOf(user.id());
        return user.id();
    }
}

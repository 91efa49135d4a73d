package org.emporium.identity.application.users;

import org.emporium.identity.domain.IdentityErrors;
import org.emporium.identity.domain.user.UserId;
import org.emporium.identity.domain.user.Users;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class DisableUserHandler implements Handler<DisableUser, UserId> {
    private final Users users;
    private final RefreshTokens refreshTokens;

    DisableUserHandler(Users users, RefreshTokens refreshTokens) {
        this.users = users;
        this.refreshTokens = refreshTokens;
    }

    @Override
    public UserId handle(DisableUser command) {
        var user = users.byId(command.userId()).orElseThrow(IdentityErrors::userNotFound);
        user.disable(command.actingAdmin());
        users.save(user);
        refreshTokens.revokeAllOf(user.id());
        return user.id();
    }
}

package org.emporium.identity.application.users;

import org.emporium.identity.domain.IdentityErrors;
import org.emporium.identity.domain.user.UserId;
import org.emporium.identity.domain.user.Users;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class RevokeRoleHandler implements Handler<RevokeRole, UserId> {
    private final Users users;

    RevokeRoleHandler(Users users) {
        this.users = users;
    }

    @Override
    public UserId handle(RevokeRole command) {
        var user = users.byId(command.userId()).orElseThrow(IdentityErrors::userNotFound);
        user.revoke(command.role(), command.actingAdmin());
        users.save(user);
        return user.id();
    }
}

package org.emporium.identity.application.users;

import org.emporium.identity.domain.IdentityErrors;
import org.emporium.identity.domain.user.UserId;
import org.emporium.identity.domain.user.Users;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class GrantRoleHandler implements Handler<GrantRole, UserId> {
    private final Users users;

    GrantRoleHandler(Users users) {
        this.users = users;
    }

    @Override
    public UserId handle(GrantRole command) {
        var user = users.byId(command.userId()).orElseThrow(IdentityErrors::userNotFound);
        user.grant(command.role());
        users.save(user);
        return user.id();
    }
}

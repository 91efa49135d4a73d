package org.emporium.identity.application.users;

import org.emporium.identity.domain.IdentityErrors;
import org.emporium.identity.domain.user.UserId;
import org.emporium.identity.domain.user.Users;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class EnableUserHandler implements Handler<EnableUser, UserId> {
    private final Users users;

    EnableUserHandler(Users users) {
        this.users = users;
    }

    @Override
    public UserId handle(EnableUser command) {
        var user = users.byId(command.userId()).orElseThrow(IdentityErrors::userNotFound);
        user.enable();
        users.save(user);
        return user.id();
    }
}

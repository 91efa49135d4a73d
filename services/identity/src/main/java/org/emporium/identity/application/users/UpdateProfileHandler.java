package org.emporium.identity.application.users;

import org.emporium.identity.domain.IdentityErrors;
import org.emporium.identity.domain.user.UserId;
import org.emporium.identity.domain.user.Users;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class UpdateProfileHandler implements Handler<UpdateProfile, UserId> {
    private final Users users;

    UpdateProfileHandler(Users users) {
        this.users = users;
    }

    @Override
    public UserId handle(UpdateProfile command) {
        var user = users.byId(command.userId()).orElseThrow(IdentityErrors::userNotFound);
        user.rename(command.displayName());
        users.save(user);
        return user.id();
    }
}

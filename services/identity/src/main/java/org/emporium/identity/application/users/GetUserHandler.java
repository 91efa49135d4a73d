package org.emporium.identity.application.users;

import org.emporium.identity.domain.IdentityErrors;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class GetUserHandler implements Handler<GetUser, UserView> {
    private final UserDirectory directory;

    GetUserHandler(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public UserView handle(GetUser query) {
        return directory.view(query.userId()).orElseThrow(IdentityErrors::userNotFound);
    }
}

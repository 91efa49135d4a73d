package org.emporium.identity.application.users;

import an.awesome.pipelinr.Command;
import org.springframework.stereotype.Component;

@Component
class GetUserHandler implements Command.Handler<GetUser, UserView> {
    private final UserDirectory directory;

    GetUserHandler(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public UserView handle(GetUser query) {
        return directory.view(query.userId()).orElseThrow(UserNotFound::new);
    }
}

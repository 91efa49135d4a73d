package org.emporium.identity.application.users;

import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class SearchUsersHandler implements Handler<SearchUsers, UserPageView> {
    private final UserDirectory directory;

    SearchUsersHandler(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public UserPageView handle(SearchUsers query) {
        return directory.search(query.text(), query.page(), query.size());
    }
}

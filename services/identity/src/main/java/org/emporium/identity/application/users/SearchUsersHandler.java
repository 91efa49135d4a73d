package org.emporium.identity.application.users;

import org.emporium.platform.core.PageView;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class SearchUsersHandler implements Handler<SearchUsers, PageView<UserView>> {
    private final UserDirectory directory;

    SearchUsersHandler(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public PageView<UserView> handle(SearchUsers query) {
        return directory.search(query.text(), query.page(), query.size());
    }
}

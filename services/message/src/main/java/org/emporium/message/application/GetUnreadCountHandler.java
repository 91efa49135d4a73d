package org.emporium.message.application;

import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class GetUnreadCountHandler implements Handler<GetUnreadCount, Long> {
    private final NotificationViews views;

    GetUnreadCountHandler(NotificationViews views) {
        this.views = views;
    }

    @Override
    public Long handle(GetUnreadCount query) {
        return views.count(query.userId(), true);
    }
}

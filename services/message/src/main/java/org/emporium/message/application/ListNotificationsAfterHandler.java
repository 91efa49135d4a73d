package org.emporium.message.application;

import java.util.List;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class ListNotificationsAfterHandler implements Handler<ListNotificationsAfter, List<NotificationView>> {
    private final NotificationViews views;

    ListNotificationsAfterHandler(NotificationViews views) {
        this.views = views;
    }

    @Override
    public List<NotificationView> handle(ListNotificationsAfter query) {
        return views.after(query.userId(), query.after(), query.limit());
    }
}

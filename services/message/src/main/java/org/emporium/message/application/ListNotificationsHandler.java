package org.emporium.message.application;

import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class ListNotificationsHandler implements Handler<ListNotifications, NotificationPageView> {
    private final NotificationViews views;

    ListNotificationsHandler(NotificationViews views) {
        this.views = views;
    }

    @Override
    public NotificationPageView handle(ListNotifications query) {
        var items = views.page(query.userId(), query.unreadOnly(), query.page(), query.size());
        return NotificationPageView.of(
                items, query.page(), query.size(), views.count(query.userId(), query.unreadOnly()));
    }
}

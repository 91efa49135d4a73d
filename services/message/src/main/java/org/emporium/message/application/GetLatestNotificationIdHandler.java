package org.emporium.message.application;

import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class GetLatestNotificationIdHandler implements Handler<GetLatestNotificationId, Long> {
    private final NotificationViews views;

    GetLatestNotificationIdHandler(NotificationViews views) {
        this.views = views;
    }

    @Override
    public Long handle(GetLatestNotificationId query) {
        return views.latestId(query.userId());
    }
}

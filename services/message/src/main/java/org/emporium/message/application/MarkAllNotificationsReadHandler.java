package org.emporium.message.application;

import java.time.Clock;
import org.emporium.message.domain.Notifications;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class MarkAllNotificationsReadHandler implements Handler<MarkAllNotificationsRead, Integer> {
    private final Notifications notifications;
    private final Clock clock;

    MarkAllNotificationsReadHandler(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public Integer handle(MarkAllNotificationsRead command) {
        return notifications.markAllRead(command.userId(), clock.instant());
    }
}

package org.emporium.message.application;

import java.time.Clock;
import org.emporium.message.domain.MessageErrors;
import org.emporium.message.domain.Notifications;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class MarkNotificationReadHandler implements Handler<MarkNotificationRead, Long> {
    private final Notifications notifications;
    private final Clock clock;

    MarkNotificationReadHandler(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public Long handle(MarkNotificationRead command) {
        if (!notifications.markRead(command.userId(), command.id(), clock.instant())) {
            throw MessageErrors.notificationNotFound(command.id());
        }
        return command.id();
    }
}

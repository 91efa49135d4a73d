package org.emporium.message.application;

import java.time.Clock;
import org.emporium.message.domain.NotificationTemplates;
import org.emporium.message.domain.Notifications;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class NotifyHandler implements Handler<Notify, Long> {
    private final Notifications notifications;
    private final NotificationTemplates templates;
    private final Clock clock;

    NotifyHandler(Notifications notifications, NotificationTemplates templates, Clock clock) {
        this.notifications = notifications;
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    public Long handle(Notify command) {
        return notifications.add(
                templates.render(command.kind(), command.parameters(), command.userId(), clock.instant()));
    }
}

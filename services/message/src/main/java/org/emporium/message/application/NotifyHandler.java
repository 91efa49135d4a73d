package org.emporium.message.application;

import java.time.Clock;
import org.emporium.message.domain.NotificationTemplates;
import org.emporium.message.domain.Notifications;
import org.emporium.platform.mediator.AfterTransaction;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class NotifyHandler implements Handler<Notify, Long> {
    private final Notifications notifications;
    private final NotificationTemplates templates;
    private final Clock clock;
    private final LiveFeed live;

    NotifyHandler(Notifications notifications, NotificationTemplates templates, Clock clock, LiveFeed live) {
        this.notifications = notifications;
        this.templates = templates;
        this.clock = clock;
        this.live = live;
    }

    @Override
    public Long handle(Notify command) {
        var id = notifications.add(
                templates.render(command.kind(), command.parameters(), command.userId(), clock.instant()));
        AfterTransaction.commit(() -> live.changed(command.userId()));
        return id;
    }
}

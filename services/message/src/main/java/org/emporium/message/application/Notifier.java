package org.emporium.message.application;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.emporium.message.domain.NotificationKind;
import org.emporium.message.domain.NotificationTemplates;
import org.emporium.message.domain.Notifications;
import org.emporium.platform.mediator.AfterTransaction;
import org.springframework.stereotype.Component;

/**
 * Stores a notification rendered from its kind's template in the caller's transaction and, once that commits, wakes
 * the user's live connections on every replica. Shared by the event path and the conversation handlers.
 */
@Component
class Notifier {
    private final Notifications notifications;
    private final NotificationTemplates templates;
    private final Clock clock;
    private final LiveFeed live;

    Notifier(Notifications notifications, NotificationTemplates templates, Clock clock, LiveFeed live) {
        this.notifications = notifications;
        this.templates = templates;
        this.clock = clock;
        this.live = live;
    }

    long notify(UUID userId, NotificationKind kind, Map<String, String> parameters) {
        var id = notifications.add(templates.render(kind, parameters, userId, clock.instant()));
        AfterTransaction.commit(() -> live.changed(userId));
        return id;
    }
}

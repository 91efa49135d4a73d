package org.emporium.message.application;

import org.emporium.message.domain.MessageErrors;
import org.emporium.message.domain.Notifications;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class DeleteNotificationHandler implements Handler<DeleteNotification, Long> {
    private final Notifications notifications;

    DeleteNotificationHandler(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public Long handle(DeleteNotification command) {
        if (!notifications.delete(command.userId(), command.id())) {
            throw MessageErrors.notificationNotFound(command.id());
        }
        return command.id();
    }
}

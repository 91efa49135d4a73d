package org.emporium.message.application;

import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class NotifyHandler implements Handler<Notify, Long> {
    private final Notifier notifier;

    NotifyHandler(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public Long handle(Notify command) {
        return notifier.notify(command.userId(), command.kind(), command.parameters());
    }
}

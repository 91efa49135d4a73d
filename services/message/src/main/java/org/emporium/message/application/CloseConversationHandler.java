package org.emporium.message.application;

import java.time.Clock;
import org.emporium.message.domain.Conversations;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class CloseConversationHandler implements Handler<CloseConversation, Boolean> {
    private final Conversations conversations;
    private final Clock clock;

    CloseConversationHandler(Conversations conversations, Clock clock) {
        this.conversations = conversations;
        this.clock = clock;
    }

    @Override
    public Boolean handle(CloseConversation command) {
        var participation = conversations.lockedFor(command.conversationId(), command.callerId(), command.admin());
        var conversation = participation.conversation();
        var side = participation.side();
        var closed = conversation.close(side, clock.instant());
        if (closed) {
            conversations.update(conversation);
        }
        return closed;
    }
}

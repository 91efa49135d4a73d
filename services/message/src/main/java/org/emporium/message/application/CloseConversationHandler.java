package org.emporium.message.application;

import java.time.Clock;
import org.emporium.message.domain.Conversations;
import org.emporium.message.domain.MessageErrors;
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
        var conversation = conversations
                .byIdForUpdate(command.conversationId())
                .orElseThrow(() -> MessageErrors.conversationNotFound(command.conversationId()));
        var side = conversation
                .sideOf(command.callerId(), command.admin())
                .orElseThrow(() -> MessageErrors.conversationNotFound(command.conversationId()));
        var closed = conversation.close(side, clock.instant());
        if (closed) {
            conversations.update(conversation);
        }
        return closed;
    }
}

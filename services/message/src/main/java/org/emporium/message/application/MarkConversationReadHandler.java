package org.emporium.message.application;

import java.util.UUID;
import org.emporium.message.domain.Conversations;
import org.emporium.message.domain.MessageErrors;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class MarkConversationReadHandler implements Handler<MarkConversationRead, UUID> {
    private final Conversations conversations;

    MarkConversationReadHandler(Conversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public UUID handle(MarkConversationRead command) {
        var conversation = conversations
                .byIdForUpdate(command.conversationId())
                .orElseThrow(() -> MessageErrors.conversationNotFound(command.conversationId()));
        var side = conversation
                .sideOf(command.callerId(), command.admin())
                .orElseThrow(() -> MessageErrors.conversationNotFound(command.conversationId()));
        conversations.markRead(conversation.id(), side);
        return conversation.id();
    }
}

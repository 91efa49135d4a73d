package org.emporium.message.application;

import java.util.UUID;
import org.emporium.message.domain.Conversations;
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
        var participation = conversations.lockedFor(command.conversationId(), command.callerId(), command.admin());
        var conversation = participation.conversation();
        var side = participation.side();
        if (command.upTo() == null) {
            conversations.markRead(conversation.id(), side);
        } else {
            conversations.markReadUpTo(conversation.id(), side, command.upTo());
        }
        return conversation.id();
    }
}

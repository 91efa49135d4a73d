package org.emporium.message.application;

import java.time.Clock;
import java.util.UUID;
import org.emporium.message.domain.Conversation;
import org.emporium.message.domain.ConversationRules;
import org.emporium.message.domain.Conversations;
import org.emporium.message.domain.Side;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class OpenConversationHandler implements Handler<OpenConversation, UUID> {
    private final Conversations conversations;
    private final ConversationRules rules;
    private final Clock clock;

    OpenConversationHandler(Conversations conversations, ConversationRules rules, Clock clock) {
        this.conversations = conversations;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public UUID handle(OpenConversation command) {
        var now = clock.instant();
        rules.checkRate(conversations.messagesSince(command.customerId(), rules.since(now)));
        var conversation = Conversation.open(
                UUID.randomUUID(), command.customerId(), command.subject().strip(), now);
        var first = conversation.post(
                Side.CUSTOMER, command.customerId(), command.text().strip(), now, rules);
        conversations.add(conversation);
        conversations.addMessage(first);
        conversations.markRead(conversation.id(), Side.CUSTOMER);
        return conversation.id();
    }
}

package org.emporium.message.application;

import java.time.Clock;
import java.util.Map;
import org.emporium.message.domain.ConversationRules;
import org.emporium.message.domain.Conversations;
import org.emporium.message.domain.NotificationKind;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class PostConversationMessageHandler implements Handler<PostConversationMessage, ConversationMessageView> {
    private final Conversations conversations;
    private final ConversationRules rules;
    private final Notifier notifier;
    private final Clock clock;

    PostConversationMessageHandler(
            Conversations conversations, ConversationRules rules, Notifier notifier, Clock clock) {
        this.conversations = conversations;
        this.rules = rules;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Override
    public ConversationMessageView handle(PostConversationMessage command) {
        var participation = conversations.lockedFor(command.conversationId(), command.callerId(), command.admin());
        var conversation = participation.conversation();
        var side = participation.side();
        var now = clock.instant();
        rules.checkRate(conversations.messagesSince(command.callerId(), rules.since(now)));
        var message = conversation.post(side, command.callerId(), command.text().strip(), now, rules);
        var id = conversations.addMessage(message);
        conversations.update(conversation);
        conversations.markRead(conversation.id(), side);
        conversation
                .recipientOf(side)
                .filter(recipient -> !recipient.equals(command.callerId()))
                .ifPresent(recipient -> notifier.notify(
                        recipient,
                        NotificationKind.CONVERSATION_REPLY,
                        Map.of(
                                "subject", conversation.subject(),
                                "text", message.excerpt(),
                                "conversation", conversation.id().toString())));
        return new ConversationMessageView(id, side.name(), message.text(), message.createdAt());
    }
}

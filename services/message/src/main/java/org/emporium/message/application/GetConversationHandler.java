package org.emporium.message.application;

import org.emporium.message.domain.Conversation;
import org.emporium.message.domain.MessageErrors;
import org.emporium.message.domain.Side;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class GetConversationHandler implements Handler<GetConversation, ConversationDetailView> {
    private final ConversationViews views;

    GetConversationHandler(ConversationViews views) {
        this.views = views;
    }

    @Override
    public ConversationDetailView handle(GetConversation query) {
        var id = query.conversationId();
        var found = views.byId(id, Side.CUSTOMER).orElseThrow(() -> MessageErrors.conversationNotFound(id));
        var side = Conversation.sideOf(found.customerId(), query.callerId(), query.admin())
                .orElseThrow(() -> MessageErrors.conversationNotFound(id));
        var conversation = side == Side.CUSTOMER ? found : views.byId(id, side).orElseThrow();
        return ConversationDetailView.of(conversation, views.messages(id));
    }
}

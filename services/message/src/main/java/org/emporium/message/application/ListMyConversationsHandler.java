package org.emporium.message.application;

import org.emporium.message.domain.Side;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class ListMyConversationsHandler implements Handler<ListMyConversations, ConversationPageView> {
    private final ConversationViews views;

    ListMyConversationsHandler(ConversationViews views) {
        this.views = views;
    }

    @Override
    public ConversationPageView handle(ListMyConversations query) {
        var items = views.page(query.customerId(), query.status(), Side.CUSTOMER, query.page(), query.size());
        return ConversationPageView.of(
                items, query.page(), query.size(), views.count(query.customerId(), query.status()));
    }
}

package org.emporium.message.application;

import org.emporium.message.domain.Side;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class ListSupportConversationsHandler implements Handler<ListSupportConversations, ConversationPageView> {
    private final ConversationViews views;

    ListSupportConversationsHandler(ConversationViews views) {
        this.views = views;
    }

    @Override
    public ConversationPageView handle(ListSupportConversations query) {
        var items = views.page(null, query.status(), Side.SUPPORT, query.page(), query.size());
        return ConversationPageView.of(items, query.page(), query.size(), views.count(null, query.status()));
    }
}

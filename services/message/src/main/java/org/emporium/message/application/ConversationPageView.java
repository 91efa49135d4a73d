package org.emporium.message.application;

import java.util.List;

/** One page of conversations, the most recently active first; {@code total} counts all that match. */
public record ConversationPageView(List<ConversationView> items, int page, int size, long total, int totalPages) {
    public static ConversationPageView of(List<ConversationView> items, int page, int size, long total) {
        return new ConversationPageView(items, page, size, total, (int) ((total + size - 1) / size));
    }
}

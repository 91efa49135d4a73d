package org.emporium.message.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.emporium.message.domain.ConversationStatus;
import org.emporium.platform.mediator.Query;
import org.jspecify.annotations.Nullable;

/** Support's queue (admins only): every customer's conversations, of {@code status} when given, most recent first. */
public record ListSupportConversations(
        @Nullable ConversationStatus status,
        @Min(0) @Max(Paging.MAX_PAGE) int page,
        @Min(1) @Max(Paging.MAX_SIZE) int size)
        implements Query<ConversationPageView> {}

package org.emporium.message.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.message.domain.ConversationStatus;
import org.emporium.platform.mediator.Query;
import org.jspecify.annotations.Nullable;

/** The conversations {@code customerId} opened, the most recently active first; only those of {@code status} if given. */
public record ListMyConversations(
        @NotNull UUID customerId,
        @Nullable ConversationStatus status,
        @Min(0) @Max(Paging.MAX_PAGE) int page,
        @Min(1) @Max(Paging.MAX_SIZE) int size)
        implements Query<ConversationPageView> {}

package org.emporium.comment.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A review as clients read it. Title and text are plain text exactly as written: clients render them as text (the
 * API only ever answers JSON). {@code authorId} and {@code rejectionReason} are left out of public listings.
 *
 * @param version the optimistic-locking version, sent as the ETag
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewView(
        UUID id,
        UUID productId,
        @Nullable UUID authorId,
        int rating,
        String title,
        String text,
        String status,
        boolean verifiedBuyer,
        int helpfulCount,
        @Nullable String rejectionReason,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** The same review without what only its author and admins see. */
    public ReviewView publicOnly() {
        return new ReviewView(
                id,
                productId,
                null,
                rating,
                title,
                text,
                status,
                verifiedBuyer,
                helpfulCount,
                null,
                createdAt,
                updatedAt,
                version);
    }
}

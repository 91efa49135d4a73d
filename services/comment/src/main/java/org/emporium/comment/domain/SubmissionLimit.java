package org.emporium.comment.domain;

import java.time.Duration;
import java.time.Instant;

/** At most {@code max} reviews written per customer in any {@code window} (deleted ones count: no delete-and-retry). */
public record SubmissionLimit(int max, Duration window) {
    public static final SubmissionLimit DEFAULT = new SubmissionLimit(10, Duration.ofHours(1));

    public SubmissionLimit {
        if (max < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A submission limit allows at least one review in a positive window");
        }
    }

    /** The start of the window that ends {@code now}. */
    public Instant since(Instant now) {
        return now.minus(window);
    }

    /** @throws org.emporium.platform.core.DomainException 429 when {@code submittedInWindow} uses up the limit */
    public void check(long submittedInWindow) {
        if (submittedInWindow >= max) {
            throw CommentErrors.tooManyReviews(max, window);
        }
    }
}

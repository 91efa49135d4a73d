package org.emporium.comment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.emporium.comment.domain.Review;

/** Why an admin refuses a review (shown to its author). */
record RejectRequest(
        @NotBlank @Size(max = Review.MAX_REASON) String reason) {}

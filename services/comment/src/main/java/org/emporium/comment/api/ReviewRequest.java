package org.emporium.comment.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.emporium.comment.domain.ReviewContent;

/**
 * What a customer sends to write or rewrite a review; nothing else binds (status, author, verified badge and votes
 * are the service's). Title and text are plain text: HTML in them is kept as text, never rendered.
 */
record ReviewRequest(
        @NotNull @Min(1) @Max(5) Integer rating,
        @NotBlank @Size(max = ReviewContent.MAX_TITLE) String title,
        @NotBlank @Size(max = ReviewContent.MAX_TEXT) String text) {}

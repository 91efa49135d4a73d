package org.emporium.comment.application;

import java.util.List;

/** One page of reviews; {@code total} counts all that match. */
public record ReviewPageView(List<ReviewView> items, int page, int size, long total, int totalPages) {
    public static ReviewPageView of(List<ReviewView> items, int page, int size, long total) {
        return new ReviewPageView(items, page, size, total, (int) ((total + size - 1) / size));
    }
}

package org.emporium.comment.application;

import java.util.UUID;

/** The public reviews of a product, one page of them, with its rating summary over all of them. */
public record ProductReviewsView(UUID productId, RatingSummaryView summary, ReviewPageView reviews) {}

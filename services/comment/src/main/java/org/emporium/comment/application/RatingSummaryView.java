package org.emporium.comment.application;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A product's rating over its public reviews.
 *
 * @param average the mean, to one decimal (0.0 without reviews)
 * @param distribution how many public reviews gave each of 1–5 stars (every key present)
 */
public record RatingSummaryView(BigDecimal average, long count, Map<Integer, Long> distribution) {}

package org.emporium.comment.infrastructure.messaging;

import java.math.BigDecimal;

/** A product's rating over its public reviews as published: average (two decimals), count, and its sequence. */
public record ProductRating(BigDecimal average, int count, long version) {}

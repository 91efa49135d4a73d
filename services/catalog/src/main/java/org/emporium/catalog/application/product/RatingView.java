package org.emporium.catalog.application.product;

import java.math.BigDecimal;

/** Shoppers' rating of a product as the comment service last reported it: 0–5 stars over {@code count} reviews. */
public record RatingView(BigDecimal average, int count) {}

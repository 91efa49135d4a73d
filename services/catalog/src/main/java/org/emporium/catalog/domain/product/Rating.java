package org.emporium.catalog.domain.product;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shoppers' verdict, fed by the comment service's events: the average of 1–5 stars over {@code count} reviews. */
public record Rating(BigDecimal average, int count) {
    public static final Rating NONE = new Rating(BigDecimal.ZERO, 0);

    public Rating {
        average = average.setScale(2, RoundingMode.HALF_EVEN);
        if (count < 0 || average.signum() < 0 || average.compareTo(BigDecimal.valueOf(5)) > 0) {
            throw new IllegalArgumentException("A rating is 0–5 over zero or more reviews");
        }
    }
}

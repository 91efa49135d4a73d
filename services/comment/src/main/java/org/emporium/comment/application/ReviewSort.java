package org.emporium.comment.application;

import java.util.Arrays;
import java.util.Optional;

/** Orders of a product's reviews: newest first (default), most helpful, best rated first, worst rated first. */
public enum ReviewSort {
    NEWEST("newest"),
    HELPFUL("helpful"),
    RATING("rating"),
    RATING_ASCENDING("-rating");

    private final String parameter;

    ReviewSort(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The order the {@code sort} parameter names; {@link #NEWEST} when absent, empty when unknown. */
    public static Optional<ReviewSort> fromParameter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(NEWEST);
        }
        return Arrays.stream(values()).filter(s -> s.parameter.equals(value)).findFirst();
    }
}

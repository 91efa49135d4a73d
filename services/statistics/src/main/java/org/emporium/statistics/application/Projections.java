package org.emporium.statistics.application;

import java.util.List;
import org.emporium.contracts.IntegrationEvent;

/**
 * The pre-aggregated reporting tables. {@link #apply} is order-tolerant: per order, each status is counted once
 * (whatever order its transitions arrive in), a product's rating and catalog copy keep the newest version.
 */
public interface Projections {

    /**
     * Applies {@code events} as if one after the other, in this order (the figures are the same as applying them
     * one call each); the caller has made sure none of them was applied before.
     */
    void apply(List<IntegrationEvent> events);

    /** Empties every projection (not the consumed-events log). */
    void reset();
}

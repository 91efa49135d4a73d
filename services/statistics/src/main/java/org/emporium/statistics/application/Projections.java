package org.emporium.statistics.application;

import org.emporium.contracts.IntegrationEvent;

/**
 * The pre-aggregated reporting tables. {@link #apply} is order-tolerant: per order, each status is counted once
 * (whatever order its transitions arrive in), a product's rating and catalog copy keep the newest version.
 */
public interface Projections {

    void apply(IntegrationEvent event);

    /** Empties every projection (not the consumed-events log). */
    void reset();
}

package org.emporium.statistics.application;

import org.emporium.platform.mediator.AfterTransaction;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

/** One transaction: readers see the old numbers or the rebuilt ones, never a half-built projection. */
@Component
class RebuildProjectionsHandler implements Handler<RebuildProjections, Long> {
    /** Events applied per call while replaying: as in a large live batch, bounded memory. */
    private static final int CHUNK = 1_000;

    private final ConsumedEvents log;
    private final Projections projections;
    private final OverviewChanges changes;

    RebuildProjectionsHandler(ConsumedEvents log, Projections projections, OverviewChanges changes) {
        this.log = log;
        this.projections = projections;
        this.changes = changes;
    }

    @Override
    public Long handle(RebuildProjections request) {
        projections.reset();
        var count = log.replay(CHUNK, projections::apply);
        AfterTransaction.commit(changes::changed);
        return count;
    }
}

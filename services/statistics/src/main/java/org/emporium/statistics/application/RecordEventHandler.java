package org.emporium.statistics.application;

import org.emporium.platform.mediator.AfterTransaction;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

/** Appends the event to the log and, when its id is new, applies it to the projections in the same transaction. */
@Component
class RecordEventHandler implements Handler<RecordEvent, Boolean> {
    private final ConsumedEvents log;
    private final Projections projections;
    private final OverviewChanges changes;

    RecordEventHandler(ConsumedEvents log, Projections projections, OverviewChanges changes) {
        this.log = log;
        this.projections = projections;
        this.changes = changes;
    }

    @Override
    public Boolean handle(RecordEvent request) {
        if (!log.append(request.eventId(), request.routingKey(), request.occurredAt(), request.event())) {
            return false;
        }
        projections.apply(request.event());
        AfterTransaction.commit(changes::changed);
        return true;
    }
}

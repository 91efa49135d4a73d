package org.emporium.statistics.application;

import java.util.List;
import java.util.function.Consumer;
import org.emporium.platform.mediator.AfterTransaction;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

/**
 * Adds the event to its transaction's batch; the batch is appended to the log and its new events (ids not stored
 * before) are applied to the projections in the same transaction, in the order they were consumed.
 */
@Component
class RecordEventHandler implements Handler<RecordEvent, Void> {
    private final ConsumedEvents log;
    private final Projections projections;
    private final OverviewChanges changes;
    private final EventBatches batches;
    private final Consumer<List<RecordEvent>> recorder = this::record;

    RecordEventHandler(ConsumedEvents log, Projections projections, OverviewChanges changes, EventBatches batches) {
        this.log = log;
        this.projections = projections;
        this.changes = changes;
        this.batches = batches;
    }

    @Override
    public Void handle(RecordEvent request) {
        batches.add(request, recorder);
        return null;
    }

    private void record(List<RecordEvent> events) {
        var fresh = log.append(events);
        if (fresh.isEmpty()) {
            return;
        }
        projections.apply(fresh.stream().map(RecordEvent::event).toList());
        AfterTransaction.commit(changes::changed);
    }
}

package org.emporium.statistics.infrastructure.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.emporium.statistics.application.EventBatches;
import org.emporium.statistics.application.RecordEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The events of a transaction, bound to it and handed over in {@code beforeCommit}: still inside the transaction, so
 * the writes commit with the inbox claims of the same events, and a failure rolls them all back (the batch consumer
 * then handles the events again one at a time).
 */
@Component
class BeforeCommitEventBatches implements EventBatches {
    /** A transaction that records more than this (none does from the queue: 100 per batch) is written in chunks. */
    static final int MAX_PENDING = 1_000;

    @Override
    public void add(RecordEvent event, Consumer<List<RecordEvent>> recorder) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            recorder.accept(List.of(event));
            return;
        }
        var batch = (Batch) TransactionSynchronizationManager.getResource(this);
        if (batch == null) {
            batch = new Batch(recorder);
            TransactionSynchronizationManager.bindResource(this, batch);
            TransactionSynchronizationManager.registerSynchronization(batch);
        }
        batch.events.add(event);
        if (batch.events.size() >= MAX_PENDING) {
            batch.write();
        }
    }

    private final class Batch implements TransactionSynchronization {
        private final Consumer<List<RecordEvent>> recorder;
        private List<RecordEvent> events = new ArrayList<>();

        Batch(Consumer<List<RecordEvent>> recorder) {
            this.recorder = recorder;
        }

        void write() {
            if (events.isEmpty()) {
                return;
            }
            var pending = events;
            events = new ArrayList<>();
            recorder.accept(pending);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            write();
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(BeforeCommitEventBatches.this);
        }
    }
}

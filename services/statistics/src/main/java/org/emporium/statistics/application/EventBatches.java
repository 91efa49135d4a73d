package org.emporium.statistics.application;

import java.util.List;
import java.util.function.Consumer;

/**
 * Collects the events recorded in the current transaction, so that they are written with a few multi-row statements
 * per batch instead of several statements per event. {@code recorder} receives them, in the order they were added,
 * before the transaction commits (inside it: a failure rolls the whole transaction back), and earlier in chunks when
 * a transaction records very many; without a transaction it receives each event at once.
 */
public interface EventBatches {

    void add(RecordEvent event, Consumer<List<RecordEvent>> recorder);
}

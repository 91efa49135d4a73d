package org.emporium.statistics.application;

import java.util.List;
import java.util.function.Consumer;
import org.emporium.contracts.IntegrationEvent;

/** The append-only log of every event the service consumed. */
public interface ConsumedEvents {

    /**
     * Stores, in this order, the events whose ids are not stored yet (an id repeated in {@code events} counts once, the
     * first time) and returns them; the others were stored before and are not written again.
     */
    List<RecordEvent> append(List<RecordEvent> events);

    /**
     * Hands every stored event to {@code sink} in the order it was consumed, at most {@code chunk} at a time; returns
     * how many.
     */
    long replay(int chunk, Consumer<List<IntegrationEvent>> sink);
}

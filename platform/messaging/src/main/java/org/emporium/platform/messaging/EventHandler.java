package org.emporium.platform.messaging;

/**
 * Applies one event. Runs inside a database transaction that also records the event id in the inbox, so the effect
 * happens exactly once per event id; throwing rolls both back and the message is retried, then dead-lettered.
 *
 * @param <E> the payload type the message body is read into
 */
@FunctionalInterface
public interface EventHandler<E> {

    void handle(E event, EventMetadata metadata) throws Exception;
}

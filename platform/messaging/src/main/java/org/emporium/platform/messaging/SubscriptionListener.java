package org.emporium.platform.messaging;

import com.rabbitmq.client.Channel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.util.Map;
import org.emporium.platform.messaging.ConfirmingPublisher.Outcome;
import org.emporium.platform.messaging.Envelope.UnreadableEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Handles one queue's messages with manual acknowledgement. A message is acknowledged only once its effect is
 * committed (or was committed before: inbox hit), or once a copy sits confirmed in the dead-letter queue. Anything
 * else — shutdown mid-retry, database unreachable, dead-letter publish not confirmed — gives it back to the queue.
 */
final class SubscriptionListener implements ChannelAwareMessageListener {
    static final String ERROR = "x-emporium-error";
    static final String ERROR_STACK = "x-emporium-error-stack";
    static final String ATTEMPTS = "x-emporium-attempts";
    static final String QUEUE = "x-emporium-queue";
    static final String ROUTING_KEY = "x-emporium-routing-key";
    static final String DEAD_LETTERED_AT = "x-emporium-dead-lettered-at";

    private static final Logger log = LoggerFactory.getLogger(SubscriptionListener.class);
    private static final String CLAIM =
            "INSERT INTO emporium_inbox (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING";

    private final EventSubscription subscription;
    private final String queue;
    private final String consumer;
    private final JsonMapper reader;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final ConfirmingPublisher publisher;
    private final MessagingProperties.Consumer settings;
    private final MessagingMetrics metrics;
    private final StopSignal stopping;

    SubscriptionListener(
            EventSubscription subscription,
            String queue,
            String consumer,
            JsonMapper reader,
            TransactionTemplate transaction,
            JdbcTemplate jdbc,
            ConfirmingPublisher publisher,
            MessagingProperties.Consumer settings,
            MessagingMetrics metrics,
            StopSignal stopping) {
        this.subscription = subscription;
        this.queue = queue;
        this.consumer = consumer;
        this.reader = reader;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.settings = settings;
        this.metrics = metrics;
        this.stopping = stopping;
    }

    String queue() {
        return queue;
    }

    TransactionTemplate transaction() {
        return transaction;
    }

    MessagingMetrics metrics() {
        return metrics;
    }

    @Override
    public void onMessage(Message message, Channel channel) throws Exception {
        var tag = message.getMessageProperties().getDeliveryTag();
        if (process(message)) {
            channel.basicAck(tag, false);
        } else {
            channel.basicNack(tag, false, true);
        }
    }

    /** True when the message may be acknowledged. */
    private boolean process(Message message) {
        Delivery delivery;
        try {
            delivery = read(message);
        } catch (RuntimeException e) {
            return deadLetter(message, 0, e);
        }
        return apply(delivery);
    }

    /** A message whose envelope and payload could be read, with the route that handles it. */
    record Delivery(Message message, EventMetadata metadata, EventSubscription.Route<?> route, Object payload) {}

    /** Reads the envelope and the payload; throws for a message that can only be dead-lettered. */
    Delivery read(Message message) {
        var metadata = Envelope.metadata(message);
        var route = subscription.route(metadata.routingKey());
        if (route == null) {
            throw new UnreadableEnvelope(
                    "no handler for " + metadata.routingKey() + " in subscription " + subscription.purpose());
        }
        return new Delivery(message, metadata, route, reader.readValue(message.getBody(), route.payloadType()));
    }

    /**
     * Claims the event in the inbox and, when new, runs its handler, inside the caller's transaction. True for a
     * duplicate (claimed before: the handler is not called).
     */
    boolean claimAndHandle(Delivery delivery) {
        if (jdbc.update(CLAIM, consumer, delivery.metadata().id()) == 0) {
            return true;
        }
        invoke(delivery.route(), delivery.payload(), delivery.metadata());
        return false;
    }

    /**
     * Handles one readable message in a transaction of its own, with retries; true when it may be acknowledged
     * (applied, a duplicate, or dead-lettered), false when it goes back to the queue (outage, shutdown).
     */
    boolean apply(Delivery delivery) {
        var metadata = delivery.metadata();
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            try {
                var duplicate = Boolean.TRUE.equals(transaction.execute(status -> claimAndHandle(delivery)));
                metrics.consumed(queue, duplicate);
                return true;
            } catch (RuntimeException e) {
                failure = e;
                log.debug(
                        "Attempt {} of {} failed for event {} on {}",
                        attempt,
                        settings.maxAttempts(),
                        metadata.id(),
                        queue,
                        e);
                if (attempt < settings.maxAttempts()
                        && stopping.awaitStop(MessagingProperties.backoff(
                                settings.initialBackoff(), settings.multiplier(), settings.maxBackoff(), attempt))) {
                    return false;
                }
            }
        }
        if (isOutage(failure) || !databaseAnswers()) {
            log.warn(
                    "Event {} on {} not handled, the database is unreachable; returned to the queue: {}",
                    metadata.id(),
                    queue,
                    failure.toString());
            return false;
        }
        return deadLetter(delivery.message(), settings.maxAttempts(), unwrap(failure));
    }

    /**
     * Whether the service's database answers now. A failure while it does not is an outage whatever exception it
     * surfaced as (a connection that broke mid-handler can report it as a failed rollback), never the message's fault.
     */
    boolean databaseAnswers() {
        try {
            jdbc.queryForObject("SELECT 1", Integer.class);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void invoke(EventSubscription.Route<?> route, Object payload, EventMetadata metadata) {
        try {
            route.handle(payload, metadata);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new HandlerFailure(e);
        }
    }

    boolean deadLetter(Message original, int attempts, Throwable error) {
        var received = original.getMessageProperties();
        var properties = new MessageProperties();
        properties.setContentType(received.getContentType());
        properties.setContentEncoding(received.getContentEncoding());
        properties.setMessageId(received.getMessageId());
        properties.setType(received.getType());
        properties.setAppId(received.getAppId());
        properties.setTimestamp(received.getTimestamp());
        properties.setCorrelationId(received.getCorrelationId());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        for (Map.Entry<String, Object> header : received.getHeaders().entrySet()) {
            if (!header.getKey().startsWith("spring_")) {
                properties.setHeader(header.getKey(), header.getValue());
            }
        }
        properties.setHeader(ERROR, truncate(error.toString(), 1000));
        properties.setHeader(ERROR_STACK, truncate(stackTrace(error), 4000));
        properties.setHeader(ATTEMPTS, attempts);
        properties.setHeader(QUEUE, queue);
        properties.setHeader(ROUTING_KEY, received.getReceivedRoutingKey());
        properties.setHeader(DEAD_LETTERED_AT, Instant.now().toString());
        var deadLetterQueue = MessagingNames.deadLetterQueue(queue);
        Outcome outcome = publisher.sendToQueue(
                deadLetterQueue, new Message(original.getBody(), properties), settings.confirmTimeout());
        var id = headerOr(received, CloudEvents.ID, received.getMessageId());
        var type = headerOr(received, CloudEvents.TYPE, received.getType());
        if (!outcome.confirmed()) {
            log.warn(
                    "Could not dead-letter event id={} type={} from {} ({}); returned to the queue",
                    id,
                    type,
                    queue,
                    outcome.failure());
            return false;
        }
        metrics.deadLettered(queue);
        log.error(
                "Dead-lettered event id={} type={} queue={} attempts={} error={}",
                id,
                type,
                queue,
                attempts,
                oneLine(truncate(error.toString(), 500)));
        return true;
    }

    private static String headerOr(MessageProperties properties, String header, String fallback) {
        Object value = properties.getHeaders().get(header);
        return value != null ? value.toString() : fallback;
    }

    static boolean isOutage(Throwable error) {
        for (var cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    // SQLState class 08 = connection exception: also what a failed rollback on a connection that
                    // broke mid-handler reports (the rollback's exception then overrides the handler's)
                    || (cause instanceof java.sql.SQLException sql
                            && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(RuntimeException failure) {
        return failure instanceof HandlerFailure ? failure.getCause() : failure;
    }

    private static String stackTrace(Throwable error) {
        var text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    /** A checked exception from a handler, carried through the transaction template. */
    private static final class HandlerFailure extends RuntimeException {
        HandlerFailure(Exception cause) {
            super(cause);
        }
    }
}

package org.emporium.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;

/** Maps a stored event to an AMQP message in the CloudEvents binding, and a received message back to metadata. */
final class Envelope {

    /** An event as the outbox stores it. */
    record StoredEvent(
            UUID id,
            String routingKey,
            String type,
            String source,
            @Nullable String subject,
            String payload,
            Map<String, String> headers,
            Instant createdAt,
            int attempts) {}

    /** Thrown for a message that does not carry a readable CloudEvents envelope. */
    static final class UnreadableEnvelope extends RuntimeException {
        UnreadableEnvelope(String message) {
            super(message);
        }
    }

    private Envelope() {}

    static Message toMessage(StoredEvent event, String appId) {
        var properties = new MessageProperties();
        properties.setContentType(CloudEvents.CONTENT_TYPE);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setMessageId(event.id().toString());
        properties.setType(event.type());
        properties.setAppId(appId);
        properties.setTimestamp(Date.from(event.createdAt()));
        event.headers().forEach(properties::setHeader);
        properties.setHeader(CloudEvents.SPECVERSION, CloudEvents.SPEC_VERSION);
        properties.setHeader(CloudEvents.ID, event.id().toString());
        properties.setHeader(CloudEvents.SOURCE, event.source());
        properties.setHeader(CloudEvents.TYPE, event.type());
        properties.setHeader(CloudEvents.TIME, event.createdAt().toString());
        if (event.subject() != null) {
            properties.setHeader(CloudEvents.SUBJECT, event.subject());
        }
        return new Message(event.payload().getBytes(StandardCharsets.UTF_8), properties);
    }

    /** Reads the envelope; the routing key comes from the type, so a message moved back from a DLQ still routes. */
    static EventMetadata metadata(Message message) {
        var properties = message.getMessageProperties();
        var id = attribute(properties, "id");
        if (id == null) {
            id = properties.getMessageId();
        }
        UUID eventId;
        try {
            eventId = UUID.fromString(require(id, "id"));
        } catch (IllegalArgumentException e) {
            throw new UnreadableEnvelope("event id is not a UUID: " + id);
        }
        var type = attribute(properties, "type");
        var routingKey = CloudEvents.routingKeyOf(type);
        if (routingKey == null) {
            routingKey = properties.getReceivedRoutingKey();
        }
        if (type == null) {
            throw new UnreadableEnvelope("message has no " + CloudEvents.TYPE);
        }
        return new EventMetadata(
                eventId,
                type,
                attribute(properties, "source"),
                time(properties),
                attribute(properties, "subject"),
                routingKey,
                header(properties, CloudEvents.TRACEPARENT));
    }

    private static @Nullable Instant time(MessageProperties properties) {
        Object value = properties.getHeaders().get(CloudEvents.TIME);
        if (value == null) {
            value = properties.getHeaders().get(CloudEvents.ALTERNATIVE_PREFIX + "time");
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value != null) {
            try {
                return Instant.parse(value.toString());
            } catch (DateTimeParseException e) {
                throw new UnreadableEnvelope("unreadable " + CloudEvents.TIME + ": " + value);
            }
        }
        return properties.getTimestamp() == null
                ? null
                : properties.getTimestamp().toInstant();
    }

    private static @Nullable String attribute(MessageProperties properties, String name) {
        var value = header(properties, CloudEvents.PREFIX + name);
        return value != null ? value : header(properties, CloudEvents.ALTERNATIVE_PREFIX + name);
    }

    private static @Nullable String header(MessageProperties properties, String name) {
        Object value = properties.getHeaders().get(name);
        return value == null ? null : value.toString();
    }

    private static String require(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            throw new UnreadableEnvelope("message has no " + CloudEvents.PREFIX + name);
        }
        return value;
    }
}

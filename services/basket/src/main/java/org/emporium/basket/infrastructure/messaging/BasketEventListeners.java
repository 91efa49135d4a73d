package org.emporium.basket.infrastructure.messaging;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.emporium.basket.application.ClearOrderedLines;
import org.emporium.basket.application.UpdateProductCopy;
import org.emporium.basket.domain.ProductSnapshot;
import org.emporium.contracts.catalog.ProductCreated;
import org.emporium.contracts.catalog.ProductDeleted;
import org.emporium.contracts.catalog.ProductUpdated;
import org.emporium.contracts.ordering.OrderPlaced;
import org.emporium.platform.mediator.Mediator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies catalog's product events to the local copy and ordering's {@code order-placed} to the basket. CloudEvents
 * binary mode (platform/messaging's envelope): id and type in {@code cloudEvents:} headers, JSON body. Each event is
 * applied, then remembered in {@link RedisInbox}; a redelivery of a remembered event (or of an order already applied)
 * does nothing. A failure is retried with back-off by the listener container, then parked in the queue's
 * {@code .dlq} (application.yml).
 */
@Component
class BasketEventListeners {
    private static final Logger log = LoggerFactory.getLogger(BasketEventListeners.class);
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    static final long CREATED_VERSION = 0;

    private final Mediator mediator;
    private final RedisInbox inbox;

    BasketEventListeners(Mediator mediator, RedisInbox inbox) {
        this.mediator = mediator;
        this.inbox = inbox;
    }

    @RabbitListener(queues = "#{basketQueueNames.queue('product-copy')}")
    void onProduct(Message message) {
        var event = Envelope.of(message);
        var key = "basket:inbox:product-copy:" + event.id();
        if (inbox.seen(key)) {
            return;
        }
        var snapshot = switch (event.routingKey()) {
            case "catalog.product-created" -> created(JSON.readValue(message.getBody(), ProductCreated.class));
            case "catalog.product-updated" -> updated(JSON.readValue(message.getBody(), ProductUpdated.class));
            case "catalog.product-deleted" -> deleted(JSON.readValue(message.getBody(), ProductDeleted.class));
            default -> null;
        };
        if (snapshot != null) {
            mediator.send(new UpdateProductCopy(snapshot));
        }
        inbox.remember(key);
    }

    @RabbitListener(queues = "#{basketQueueNames.queue('order-placed')}")
    void onOrderPlaced(Message message) {
        var event = Envelope.of(message);
        var key = "basket:inbox:order-placed:" + event.id();
        if (!"ordering.order-placed".equals(event.routingKey()) || inbox.seen(key)) {
            return;
        }
        var order = JSON.readValue(message.getBody(), OrderPlaced.class);
        var orderKey = "basket:order:" + order.orderId();
        if (!inbox.seen(orderKey)) {
            Set<java.util.UUID> products = order.lines() == null
                    ? Set.of()
                    : order.lines().stream().map(OrderPlaced.Line::productId).collect(Collectors.toSet());
            var changed = mediator.send(
                    new ClearOrderedLines(order.orderId(), order.customerId(), order.basketRevision(), products));
            log.info(
                    "Order {} placed: basket of {} {}",
                    order.orderId(),
                    order.customerId(),
                    changed ? "cleared" : "kept");
            inbox.remember(orderKey);
        }
        inbox.remember(key);
    }

    static ProductSnapshot created(ProductCreated event) {
        return new ProductSnapshot(
                event.productId(),
                event.name(),
                null,
                event.categoryId(),
                event.price(),
                event.currency(),
                "ACTIVE".equals(event.status()),
                CREATED_VERSION);
    }

    static ProductSnapshot updated(ProductUpdated event) {
        return new ProductSnapshot(
                event.productId(),
                event.name(),
                null,
                event.categoryId(),
                event.price(),
                event.currency(),
                "ACTIVE".equals(event.status()),
                event.productVersion());
    }

    static ProductSnapshot deleted(ProductDeleted event) {
        // A deletion is final: it outranks every version (a late update never brings the product back).
        return new ProductSnapshot(
                event.productId(), "", null, null, java.math.BigDecimal.ZERO, "XXX", false, Long.MAX_VALUE);
    }

    /** The CloudEvents attributes the basket needs. */
    record Envelope(String id, String routingKey) {
        private static final java.util.regex.Pattern TYPE =
                java.util.regex.Pattern.compile("org\\.emporium\\.([a-z0-9-]+\\.[a-z0-9-]+)\\.v[1-9][0-9]*");

        static Envelope of(Message message) {
            Map<String, @Nullable Object> headers =
                    message.getMessageProperties().getHeaders();
            var id = header(headers, "id");
            var type = header(headers, "type");
            var matcher = type == null ? null : TYPE.matcher(type);
            var key = matcher != null && matcher.matches() ? matcher.group(1) : null;
            if (id == null || key == null) {
                throw new org.springframework.amqp.AmqpRejectAndDontRequeueException(
                        "Not an Emporium CloudEvent (id " + id + ", type " + type + ")");
            }
            return new Envelope(id, key);
        }

        private static @Nullable String header(Map<String, @Nullable Object> headers, String name) {
            var value = headers.get("cloudEvents:" + name);
            if (value == null) {
                value = headers.get("cloudEvents_" + name);
            }
            return value == null ? null : value.toString();
        }
    }
}

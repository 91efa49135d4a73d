package org.emporium.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NamingTest {

    @Test
    void typeNamesTheRoutingKeyAndVersionAndReadsBack() {
        assertThat(CloudEvents.type("ordering.order-placed", 2)).isEqualTo("org.emporium.ordering.order-placed.v2");
        assertThat(CloudEvents.routingKeyOf("org.emporium.ordering.order-placed.v2"))
                .isEqualTo("ordering.order-placed");
        assertThat(CloudEvents.routingKeyOf("com.example.something")).isNull();
    }

    @Test
    void rejectsRoutingKeysThatAreNotSourceDotEventInKebabCase() {
        for (var bad : new String[] {"orderPlaced", "ordering.OrderPlaced", "ordering.*", "a.b.c", "", null}) {
            assertThatThrownBy(() -> CloudEvents.type(bad, 1)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> CloudEvents.type("ordering.order-placed", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namespacePrefixesExchangeAndQueuesButNotTheInboxConsumer() {
        var names = new MessagingNames("catalog", "t1234", "emporium.events");
        assertThat(names.exchange()).isEqualTo("t1234.emporium.events");
        assertThat(names.queue("order-stock")).isEqualTo("t1234.catalog.order-stock");
        assertThat(MessagingNames.deadLetterQueue(names.queue("order-stock")))
                .isEqualTo("t1234.catalog.order-stock.dlq");
        assertThat(names.consumer("order-stock")).isEqualTo("catalog.order-stock");
        assertThat(names.source()).isEqualTo("/emporium/catalog");

        var plain = new MessagingNames("catalog", "", "emporium.events");
        assertThat(plain.exchange()).isEqualTo("emporium.events");
        assertThat(plain.queue("order-stock")).isEqualTo("catalog.order-stock");
    }

    @Test
    void serviceNameIsRequired() {
        assertThatThrownBy(() -> new MessagingNames(null, "", "emporium.events"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.application.name");
    }

    @Test
    void subscriptionRejectsTwoHandlersForOneKeyAndAnEmptyQueue() {
        var builder = EventSubscription.forQueue("stock").on("ordering.order-placed", String.class, (e, m) -> {});
        assertThatThrownBy(() -> builder.on("ordering.order-placed", String.class, (e, m) -> {}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventSubscription.forQueue("stock").build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> EventSubscription.forQueue("Stock")).isInstanceOf(IllegalArgumentException.class);
        assertThat(builder.build().routingKeys()).containsExactly("ordering.order-placed");
    }

    @Test
    void backoffGrowsExponentiallyUpToTheCap() {
        var initial = Duration.ofMillis(200);
        var max = Duration.ofSeconds(5);
        assertThat(MessagingProperties.backoff(initial, 2.0, max, 1)).isEqualTo(Duration.ofMillis(200));
        assertThat(MessagingProperties.backoff(initial, 2.0, max, 2)).isEqualTo(Duration.ofMillis(400));
        assertThat(MessagingProperties.backoff(initial, 2.0, max, 4)).isEqualTo(Duration.ofMillis(1600));
        assertThat(MessagingProperties.backoff(initial, 2.0, max, 10)).isEqualTo(max);
    }

    @Test
    void eventIdsAreVersion7AndTimeOrdered() {
        var first = EventIds.next();
        var second = EventIds.next();
        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(second.getMostSignificantBits() >>> 16)
                .isGreaterThanOrEqualTo(first.getMostSignificantBits() >>> 16);
    }
}

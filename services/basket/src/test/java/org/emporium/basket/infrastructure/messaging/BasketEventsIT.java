package org.emporium.basket.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.basket.support.BasketIntegrationTest;
import org.emporium.contracts.catalog.ProductCreated;
import org.emporium.contracts.catalog.ProductDeleted;
import org.emporium.contracts.catalog.ProductUpdated;
import org.emporium.contracts.ordering.OrderPlaced;
import org.emporium.platform.test.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** Catalog's and ordering's events, published to the real broker as platform/messaging would. */
class BasketEventsIT extends BasketIntegrationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    BasketEvents.QueueNames names;

    private void publish(String routingKey, String eventId, Object payload) {
        var message = MessageBuilder.withBody(JSON.writeValueAsBytes(payload))
                .setContentType("application/json")
                .setHeader("cloudEvents:id", eventId)
                .setHeader("cloudEvents:type", "org.emporium." + routingKey + ".v1")
                .setHeader("cloudEvents:specversion", "1.0")
                .build();
        rabbit.send(names.exchange(), routingKey, message);
    }

    private ProductCreated created(UUID id, String price) {
        return new ProductCreated(
                id,
                "mug-" + id,
                "Mug",
                UUID.randomUUID(),
                "Acme",
                new BigDecimal(price),
                "EUR",
                "ACTIVE",
                5,
                Instant.now());
    }

    private ProductUpdated updated(UUID id, String price, String status, long version) {
        return new ProductUpdated(
                id,
                "mug-" + id,
                "Mug",
                UUID.randomUUID(),
                "Acme",
                new BigDecimal(price),
                "EUR",
                status,
                5,
                List.of("price"),
                version,
                Instant.now());
    }

    @Test
    void productEventsKeepTheLocalCopyAndOlderVersionsAreIgnored() {
        var id = UUID.randomUUID();
        publish("catalog.product-created", UUID.randomUUID().toString(), created(id, "10.00"));
        await().untilAsserted(() -> assertThat(products.find(List.of(id))).containsKey(id));

        publish("catalog.product-updated", UUID.randomUUID().toString(), updated(id, "12.00", "ACTIVE", 3));
        publish("catalog.product-updated", UUID.randomUUID().toString(), updated(id, "11.00", "ACTIVE", 2));
        var marker = UUID.randomUUID();
        publish("catalog.product-created", UUID.randomUUID().toString(), created(marker, "1.00"));
        await().untilAsserted(() -> assertThat(products.find(List.of(marker))).containsKey(marker));
        assertThat(products.find(List.of(id)).get(id).price()).isEqualByComparingTo("12.00");
        assertThat(products.find(List.of(id)).get(id).version()).isEqualTo(3);

        publish("catalog.product-deleted", UUID.randomUUID().toString(), new ProductDeleted(id, Instant.now()));
        await().untilAsserted(() ->
                assertThat(products.find(List.of(id)).get(id).available()).isFalse());
    }

    @Test
    void anArchivedProductIsFlaggedUnavailableAndLeavesTheTotals() {
        var id = UUID.randomUUID();
        publish("catalog.product-created", UUID.randomUUID().toString(), created(id, "10.00"));
        await().untilAsserted(() -> assertThat(products.find(List.of(id))).containsKey(id));
        var client = as(customer());
        assertThat(client.post("/api/basket/lines", Map.of("productId", id, "quantity", 2))
                        .status())
                .isEqualTo(200);

        publish("catalog.product-updated", UUID.randomUUID().toString(), updated(id, "10.00", "ARCHIVED", 1));
        await().untilAsserted(() -> {
            var basket = client.get("/api/basket").json();
            assertThat(basket.get("lines").get(0).get("unavailable").asBoolean())
                    .isTrue();
            assertThat(basket.get("subtotal").decimalValue()).isEqualByComparingTo("0");
        });
    }

    @Test
    void anOrderPlacedAtTheCurrentRevisionClearsTheBasketOnceAndANewerBasketSurvives() {
        var mug = product("3.00", "EUR");
        var client = as(customer());
        client.post("/api/basket/lines", Map.of("productId", mug.productId(), "quantity", 1));
        var customerId = customerOf(client);
        var line = new OrderPlaced.Line(mug.productId(), 1, new BigDecimal("3.00"), "EUR");

        // Made from revision 1, but the customer changed the basket since (revision 2): kept.
        client.put("/api/basket/lines/" + mug.productId(), Map.of("quantity", 2));
        var stale = UUID.randomUUID();
        publish(
                "ordering.order-placed",
                UUID.randomUUID().toString(),
                new OrderPlaced(stale, customerId, List.of(line), Instant.now(), null, 1L));

        // Made from revision 2: cleared. Delivered twice (same event id) and once more under a new event id.
        var order = new OrderPlaced(UUID.randomUUID(), customerId, List.of(line), Instant.now(), null, 2L);
        var eventId = UUID.randomUUID().toString();
        publish("ordering.order-placed", eventId, order);
        await().untilAsserted(() ->
                assertThat(client.get("/api/basket").json().get("lines")).isEmpty());
        var revisionAfterClear =
                client.get("/api/basket").json().get("revision").asLong();
        assertThat(revisionAfterClear).isEqualTo(3);
        assertThat(redis.hasKey("basket:order:" + stale)).isTrue();

        client.post("/api/basket/lines", Map.of("productId", mug.productId(), "quantity", 1));
        publish("ordering.order-placed", eventId, order);
        publish("ordering.order-placed", UUID.randomUUID().toString(), order);
        var marker = product("1.00", "EUR");
        publish("catalog.product-created", UUID.randomUUID().toString(), created(marker.productId(), "1.00"));
        await().untilAsserted(() ->
                assertThat(redis.hasKey("basket:order:" + order.orderId())).isTrue());
        await().pollDelay(Duration.ofMillis(0))
                .untilAsserted(() ->
                        assertThat(redis.keys("basket:inbox:order-placed:*")).hasSizeGreaterThanOrEqualTo(3));
        var basket = client.get("/api/basket").json();
        assertThat(basket.get("lines")).hasSize(1);
        assertThat(basket.get("revision").asLong()).isEqualTo(4);
    }

    @Test
    void anOrderWithoutRevisionDropsOnlyTheOrderedLines() {
        var mug = product("3.00", "EUR");
        var cup = product("4.00", "EUR");
        var client = as(customer());
        client.post("/api/basket/lines", Map.of("productId", mug.productId(), "quantity", 1));
        client.post("/api/basket/lines", Map.of("productId", cup.productId(), "quantity", 1));
        var order = new OrderPlaced(
                UUID.randomUUID(),
                customerOf(client),
                List.of(new OrderPlaced.Line(mug.productId(), 1, new BigDecimal("3.00"), "EUR")),
                Instant.now());
        publish("ordering.order-placed", UUID.randomUUID().toString(), order);
        await().untilAsserted(() ->
                assertThat(client.get("/api/basket").json().get("lines")).hasSize(1));
        assertThat(client.get("/api/basket")
                        .json()
                        .get("lines")
                        .get(0)
                        .get("productId")
                        .asString())
                .isEqualTo(cup.productId().toString());
    }

    private static UUID customerOf(ApiClient client) {
        return UUID.fromString(
                client.get("/api/basket").json().get("customerId").asString());
    }
}

package org.emporium.catalog.application.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.emporium.catalog.support.CatalogClient.product;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.emporium.catalog.support.CatalogIntegrationTest;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.contracts.ordering.OrderCancelled;
import org.emporium.contracts.ordering.OrderPlaced;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.messaging.EventOutbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class StockReservationIT extends CatalogIntegrationTest {
    @Autowired
    Mediator mediator;

    @Autowired
    EventOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    private UUID category;

    @BeforeEach
    void category() {
        category = admin().createCategory("Stock " + UUID.randomUUID(), null);
    }

    @Test
    void fiftyConcurrentOrdersForTenInStockReserveExactlyTen() throws Exception {
        var product = productWithStock(10);
        var orders = new ArrayList<Callable<UUID>>();
        for (int i = 0; i < 50; i++) {
            var order = UUID.randomUUID();
            orders.add(() -> mediator.send(new ReserveStock(order, List.of(new OrderLine(product, 1)))));
        }

        try (var pool = Executors.newFixedThreadPool(50)) {
            for (var result : pool.invokeAll(orders)) {
                result.get();
            }
        }

        assertThat(stock(product)).isZero();
        assertThat(reservations(product, "RESERVED")).isEqualTo(10);
        assertThat(reservations(product, "REJECTED")).isEqualTo(40);
        assertThat(outboxCount("catalog.stock-reserved", product)).isEqualTo(10);
        assertThat(outboxCount("catalog.stock-rejected", product)).isEqualTo(40);
    }

    @Test
    void anOrderPlacedEventReservesAllLinesOnceAndItsCancellationReleasesThem() {
        var lamp = productWithStock(3);
        var desk = productWithStock(1);
        var order = UUID.randomUUID();
        var placed = new OrderPlaced(order, UUID.randomUUID(), List.of(line(lamp, 2), line(desk, 1)), Instant.now());

        publish(placed);
        publish(placed);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(status(order)).isEqualTo("RESERVED"));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(stock(lamp)).isEqualTo(1);
            assertThat(stock(desk)).isZero();
        });
        assertThat(outboxCount("catalog.stock-reserved", lamp)).isEqualTo(1);

        publish(new OrderCancelled(order, "CUSTOMER_REQUEST", Instant.now()));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(status(order)).isEqualTo("RELEASED"));
        assertThat(stock(lamp)).isEqualTo(3);
        assertThat(stock(desk)).isEqualTo(1);
        assertThat(outboxCount("catalog.stock-released", lamp)).isEqualTo(1);
    }

    @Test
    void anOrderThatCannotBeFullyServedReservesNothing() {
        var lamp = productWithStock(3);
        var desk = productWithStock(1);
        var order = UUID.randomUUID();

        publish(new OrderPlaced(order, UUID.randomUUID(), List.of(line(lamp, 2), line(desk, 2)), Instant.now()));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(status(order)).isEqualTo("REJECTED"));
        assertThat(stock(lamp)).isEqualTo(3);
        assertThat(stock(desk)).isEqualTo(1);
        var payload = jdbc.sql("SELECT payload::text FROM emporium_outbox WHERE routing_key = 'catalog.stock-rejected' "
                        + "AND subject = :order")
                .param("order", order.toString())
                .query(String.class)
                .single();
        assertThat(payload)
                .contains(desk.toString())
                .contains("INSUFFICIENT_STOCK")
                .doesNotContain(lamp.toString());
    }

    @Test
    void aCancellationThatOvertakesItsOrderLeavesNothingReserved() {
        var lamp = productWithStock(3);
        var order = UUID.randomUUID();

        mediator.send(new ReleaseStock(order));
        mediator.send(new ReserveStock(order, List.of(new OrderLine(lamp, 1))));

        assertThat(status(order)).isEqualTo("CANCELLED");
        assertThat(stock(lamp)).isEqualTo(3);
    }

    private void publish(IntegrationEvent event) {
        transactions.executeWithoutResult(status -> outbox.add(event));
    }

    private static OrderPlaced.Line line(UUID product, int quantity) {
        return new OrderPlaced.Line(product, quantity, new BigDecimal("19.90"), "EUR");
    }

    private UUID productWithStock(int stock) {
        var body = product("Stocked " + UUID.randomUUID(), category);
        body.put("stock", stock);
        return UUID.fromString(
                admin().post("/api/catalog/products", body).getBody().get("id").asString());
    }

    private int stock(UUID product) {
        return jdbc.sql("SELECT stock FROM products WHERE id = :id")
                .param("id", product)
                .query(Integer.class)
                .single();
    }

    private String status(UUID order) {
        return jdbc.sql("SELECT status FROM stock_reservations WHERE order_id = :id")
                .param("id", order)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private long reservations(UUID product, String status) {
        return jdbc.sql("SELECT count(*) FROM stock_reservations WHERE status = :status AND lines::text LIKE :product")
                .param("status", status)
                .param("product", "%" + product + "%")
                .query(Long.class)
                .single();
    }

    private long outboxCount(String routingKey, UUID product) {
        return jdbc.sql("SELECT count(*) FROM emporium_outbox WHERE routing_key = :key AND payload::text LIKE :product")
                .param("key", routingKey)
                .param("product", "%" + product + "%")
                .query(Long.class)
                .single();
    }
}

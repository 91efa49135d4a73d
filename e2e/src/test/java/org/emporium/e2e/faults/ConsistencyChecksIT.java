package org.emporium.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.bench.shop.ConsistencyChecks;
import org.emporium.bench.shop.ShopClient;
import org.emporium.bench.shop.ShopData;
import org.emporium.e2e.PlatformExtension;
import org.emporium.e2e.RunningPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Each consistency check of bench-shop holds after a real purchase with a coupon (placed, reserved, paid, notified,
 * counted), and reports an inconsistency planted in the owning service's database, which each test then removes:
 * so a check that could not fail would fail here.
 */
@Isolated
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(PlatformExtension.class)
class ConsistencyChecksIT {
    private static final Duration SETTLE = Duration.ofMinutes(2);
    private static final Map<String, String> ADDRESS = Map.of(
            "name",
            "Erika Mustermann",
            "line1",
            "Heidestraße 17",
            "postalCode",
            "51147",
            "city",
            "Köln",
            "country",
            "DE");

    private ConsistencyChecks checks;
    private ShopData data;
    private String order;

    @BeforeAll
    void buyAndPayWithACoupon(RunningPlatform platform) {
        checks = new ConsistencyChecks(platform.infrastructure());
        var client = new ShopClient(platform.gateway().orElseThrow(), Duration.ofSeconds(30));
        data = ShopData.create(client, 1, 10, 1, 1, 1);
        var shopper = data.customers.getFirst().token();
        var product = data.products.getFirst();
        assertThat(client.send("PUT", "/api/basket/lines/" + product, shopper, Map.of("quantity", 2), null)
                        .status())
                .isEqualTo(200);
        assertThat(client.send("PUT", "/api/basket/coupon", shopper, Map.of("code", data.coupons.getFirst()), null)
                        .status())
                .isEqualTo(200);
        var placed = client.withinBudget(() -> client.send(
                "POST", "/api/ordering/orders", shopper, Map.of("shippingAddress", ADDRESS), ShopClient.newKey()));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        order = placed.json().path("id").asString();
        var card = Map.of("cardNumber", "4242 4242 4242 4242", "expiry", "12/39", "cvc", "123", "cardholder", "E M");
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        ShopClient.Answer paid;
        do {
            ShopClient.pause(Duration.ofMillis(300)); // until the stock is reserved (AWAITING_PAYMENT)
            paid = client.send("POST", "/api/ordering/orders/" + order + "/payment", shopper, card, null);
        } while (paid.status() == 409 && System.nanoTime() < deadline);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        // every test plants into a consistent state: the purchase's events have all arrived
        var settled = checks.await(data.initialStock, List.of(order), SETTLE, Duration.ofMinutes(2));
        assertThat(settled.holds()).as(settled.toString()).isTrue();
    }

    @Test
    void everyCheckHoldsAfterARealPurchase() {
        var report = checks.await(data.initialStock, List.of(order), SETTLE, Duration.ofMinutes(2));

        assertThat(report.holds()).as(report.toString()).isTrue();
    }

    @Test
    void stockReportsAProductWhoseUnitsWentMissing() throws SQLException {
        var product = data.products.getFirst();
        assertThat(checks.stock(data.initialStock)).isEmpty();
        try (var planted = plant("catalog", "UPDATE products SET stock = stock - 1 WHERE id = ?::uuid", product)
                .undoneBy("UPDATE products SET stock = stock + 1 WHERE id = ?::uuid", product)) {
            assertThat(checks.stock(data.initialStock))
                    .singleElement()
                    .asString()
                    .contains(product)
                    .contains("created with 10");
        }
        assertThat(checks.stock(data.initialStock)).isEmpty();
    }

    @Test
    void reservationsReportStockHeldForAnOrderNobodyPlaced() throws SQLException {
        var stranger = UUID.randomUUID().toString();
        var lines = "[{\"productId\":\"" + UUID.randomUUID() + "\",\"quantity\":1}]";
        try (var planted = plant(
                        "catalog",
                        "INSERT INTO stock_reservations (order_id, status, lines, rejected_lines, created_at, updated_at)"
                                + " VALUES (?::uuid, 'RESERVED', ?::jsonb, '[]', now(), now())",
                        stranger,
                        lines)
                .undoneBy("DELETE FROM stock_reservations WHERE order_id = ?::uuid", stranger)) {
            assertThat(checks.reservations()).contains("reservation of unknown order " + stranger + " holds stock");
        }
    }

    @Test
    void reservationsReportAPaidOrderWhoseReservationWasReleased() throws SQLException {
        try (var planted = plant(
                        "catalog", "UPDATE stock_reservations SET status = 'RELEASED' WHERE order_id = ?::uuid", order)
                .undoneBy("UPDATE stock_reservations SET status = 'RESERVED' WHERE order_id = ?::uuid", order)) {
            assertThat(checks.reservations()).contains("order " + order + " is PAID but its reservation is RELEASED");
        }
    }

    @Test
    void couponsReportMoreRedemptionsThanTheLimit() throws SQLException {
        var code = data.coupons.getFirst();
        var extra = UUID.randomUUID().toString();
        try (var planted = plant(
                        "discount",
                        "INSERT INTO redemptions (order_id, coupon_id, code, customer_id, state, quote, reserved_at,"
                                + " expires_at, updated_at, version)"
                                + " SELECT ?::uuid, id, code, gen_random_uuid(), 'REDEEMED', '{}', now(), now(),"
                                + " now(), 0 FROM coupons WHERE code = ?",
                        extra,
                        code)
                .undoneBy("DELETE FROM redemptions WHERE order_id = ?::uuid", extra)) {
            assertThat(checks.coupons())
                    .contains("coupon " + code + ": 2 active redemptions, limit 1")
                    .contains("coupon " + code + " counts 1 active redemptions, has 2");
        }
    }

    @Test
    void ordersReportAStuckOrderAndAnAcceptedOrderThatDoesNotExist() throws SQLException {
        var lost = UUID.randomUUID().toString();
        assertThat(checks.orders(List.of(lost), SETTLE))
                .contains("order " + lost + " was answered 201 but does not exist");
        var stuck = UUID.randomUUID().toString();
        try (var planted = plant(
                        "ordering",
                        "INSERT INTO orders (id, customer_id, status, currency, subtotal, discount, total, item_count,"
                                + " ship_name, ship_line1, ship_postal_code, ship_city, ship_country, placed_at,"
                                + " updated_at, version) VALUES (?::uuid, gen_random_uuid(), 'PENDING', 'EUR', 1, 0,"
                                + " 1, 1, 'X', 'X', '1', 'X', 'DE', now() - interval '1 hour', now(), 0)",
                        stuck)
                .undoneBy("DELETE FROM orders WHERE id = ?::uuid", stuck)) {
            assertThat(checks.orders(List.of(), SETTLE))
                    .anySatisfy(v -> assertThat(v).startsWith("order " + stuck + " PENDING since"));
        }
    }

    @Test
    void statisticsReportCountsThatDisagreeWithOrdering() throws SQLException {
        try (var planted = plant(
                        "statistics",
                        "INSERT INTO sales_daily (day, currency, paid, net) VALUES (DATE '1999-01-01', ?, 1, 5)",
                        "XTS")
                .undoneBy("DELETE FROM sales_daily WHERE day = DATE '1999-01-01' AND currency = ?", "XTS")) {
            assertThat(checks.statistics())
                    .anySatisfy(v -> assertThat(v).startsWith("PAID: statistics counts"))
                    .anySatisfy(v -> assertThat(v).startsWith("net revenue"));
        }
    }

    @Test
    void notificationsReportAnOrderNotifiedTwice() throws SQLException {
        try (var planted = plant(
                        "message",
                        "INSERT INTO notifications (user_id, kind, title, body, link, created_at)"
                                + " SELECT user_id, kind, title, body, link, now() FROM notifications"
                                + " WHERE kind = 'ORDER_PAID' AND link = '/orders/' || ?",
                        order)
                .undoneBy(
                        "DELETE FROM notifications WHERE id = (SELECT max(id) FROM notifications"
                                + " WHERE kind = 'ORDER_PAID' AND link = '/orders/' || ?)",
                        order)) {
            assertThat(checks.notifications()).contains("order " + order + ": 2 × ORDER_PAID");
        }
    }

    /** Commits {@code sql} in the service's database (the checks read with connections of their own). */
    private Planted plant(String database, String sql, String... parameters) throws SQLException {
        try (var connection = checks.connect(database)) {
            assertThat(execute(connection, sql, parameters)).as("planted rows").isPositive();
        }
        return new Planted(database);
    }

    private static int execute(java.sql.Connection connection, String sql, String... parameters) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** A planted inconsistency, removed when closed by the statement given to {@link #undoneBy}. */
    private final class Planted implements AutoCloseable {
        private final String database;
        private String undo;
        private String[] parameters;

        Planted(String database) {
            this.database = database;
        }

        Planted undoneBy(String sql, String... parameters) {
            this.undo = sql;
            this.parameters = parameters;
            return this;
        }

        @Override
        public void close() throws SQLException {
            try (var connection = checks.connect(database)) {
                assertThat(execute(connection, undo, parameters))
                        .as("undone rows")
                        .isPositive();
            }
        }
    }
}

package org.emporium.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.emporium.launcher.ServiceRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Statistics through the gateway only (issue 15): an admin keeps the live stream open for longer than the
 * statistics route's response timeout (15 s), a shopper buys and pays with a coupon, and the admin is told on that
 * same stream and reads the order and its revenue in the overview.
 */
@Order(2)
@ExtendWith(PlatformExtension.class)
class StatisticsJourneyIT {
    private static final Duration ASYNC = Duration.ofSeconds(60);
    /** Longer than {@code emporium.services.statistics.timeout} (15 s) in the gateway's application.yml. */
    private static final Duration LONGER_THAN_THE_ROUTE_TIMEOUT = Duration.ofSeconds(20);

    private EmporiumClient client;
    private EmporiumClient.Token admin;

    @BeforeEach
    void setUp(RunningPlatform platform) {
        assertThat(platform.services().stream().map(s -> s.name())).contains("statistics", "ordering");
        client = platform.client();
        admin = client.login(ServiceRegistry.DEMO_ACCOUNTS.get(0));
    }

    @Test
    void anAdminWatchingTheLiveStreamSeesTheJourneysOrderAndRevenueInTheOverview() throws Exception {
        var stream = new LiveStream(client, admin);
        try {
            Thread.sleep(LONGER_THAN_THE_ROUTE_TIMEOUT);
            assertThat(stream.ended).as("the gateway kept the live stream open").isFalse();
            var seenBeforeTheOrder = stream.lines.size();
            var before = todayInEuro();

            var shopper = client.newCustomer();
            var kettle = Shop.newProduct(client, admin, "Statistics Kettle", "40.00", 5);
            var coupon = Shop.newCoupon(client, admin, "PERCENTAGE", 10, Map.of());
            var added = client.post("/api/basket/lines", Map.of("productId", kettle, "quantity", 2), shopper);
            assertThat(added.status()).as(added.toString()).isEqualTo(200);
            var applied = client.put("/api/basket/coupon", Map.of("code", coupon.code()), shopper);
            assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
            var placed =
                    client.placeOrder(shopper, "statistics-" + UUID.randomUUID(), Map.of("shippingAddress", address()));
            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
            var id = placed.json().path("id").asString();
            await().atMost(ASYNC)
                    .untilAsserted(() -> assertThat(client.get("/api/ordering/orders/" + id, shopper)
                                    .json()
                                    .path("status")
                                    .asString())
                            .isEqualTo("AWAITING_PAYMENT"));
            var paid = client.post(
                    "/api/ordering/orders/" + id + "/payment",
                    Map.of("cardNumber", "4242 4242 4242 4242", "expiry", "12/39", "cvc", "123", "cardholder", "E M"),
                    shopper);
            assertThat(paid.status()).as(paid.toString()).isEqualTo(200);

            // 2 x 40.00 = 80.00 gross, 10 % = 8.00 discount, 72.00 net: the journey's order is in today's figures. At
            // least, not exactly: other journeys' orders may still be arriving at statistics in a full suite run
            // (ReportsIT checks exact figures against a known set of events).
            await().atMost(ASYNC).untilAsserted(() -> {
                var now = todayInEuro();
                assertThat(now.placed() - before.placed()).as("placed").isGreaterThanOrEqualTo(1);
                assertThat(now.paid() - before.paid()).as("paid").isGreaterThanOrEqualTo(1);
                assertThat(now.gross().subtract(before.gross())).as("gross").isGreaterThanOrEqualTo(d("80.00"));
                assertThat(now.discount().subtract(before.discount()))
                        .as("discount")
                        .isGreaterThanOrEqualTo(d("8.00"));
                assertThat(now.net().subtract(before.net())).as("net").isGreaterThanOrEqualTo(d("72.00"));
            });
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(stream.lines.subList(seenBeforeTheOrder, stream.lines.size()))
                            .as("overview-changed on the stream opened %s before", LONGER_THAN_THE_ROUTE_TIMEOUT)
                            .contains("event:overview-changed"));
            assertThat(stream.ended).isFalse();
        } finally {
            stream.close();
        }
        var customer = client.newCustomer();
        assertThat(client.get("/api/statistics/overview", customer).status()).isEqualTo(403);
        assertThat(client.get("/api/statistics/overview").status()).isEqualTo(401);
    }

    /** Today's sales figures in EUR from the overview (zeros before the day's first EUR order). */
    private Sales todayInEuro() {
        var overview = client.get("/api/statistics/overview", admin);
        assertThat(overview.status()).as(overview.toString()).isEqualTo(200);
        for (JsonNode row : overview.json().path("sections").path("sales")) {
            if (row.path("window").asString().equals("today")
                    && row.path("currency").asString().equals("EUR")) {
                return new Sales(
                        row.path("placed").asLong(),
                        row.path("paid").asLong(),
                        row.path("gross").decimalValue(),
                        row.path("discount").decimalValue(),
                        row.path("net").decimalValue());
            }
        }
        return new Sales(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private static BigDecimal d(String amount) {
        return new BigDecimal(amount);
    }

    private record Sales(long placed, long paid, BigDecimal gross, BigDecimal discount, BigDecimal net) {}

    private static Map<String, Object> address() {
        return Map.of(
                "name", "Erika Mustermann",
                "line1", "Heidestraße 17",
                "postalCode", "51147",
                "city", "Köln",
                "country", "DE");
    }

    /** {@code GET /api/statistics/live} through the gateway, its lines collected as they arrive. */
    private static final class LiveStream implements AutoCloseable {
        final List<String> lines = new CopyOnWriteArrayList<>();
        volatile boolean ended;
        private final AtomicBoolean closing = new AtomicBoolean();
        private final HttpClient http = HttpClient.newHttpClient();
        private final Thread reader;

        LiveStream(EmporiumClient client, EmporiumClient.Token admin) throws Exception {
            var response = http.send(
                    client.request("/api/statistics/live")
                            .setHeader("Authorization", admin.authorization())
                            .setHeader("Accept", "text/event-stream")
                            .timeout(Duration.ofMinutes(5))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            reader = Thread.ofVirtual().start(() -> {
                try (var in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (Exception e) {
                    if (!closing.get()) {
                        lines.add("! " + e);
                    }
                } finally {
                    ended = true;
                }
            });
        }

        @Override
        public void close() {
            closing.set(true);
            reader.interrupt();
            http.shutdownNow();
        }
    }
}

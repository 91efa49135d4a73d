package org.emporium.statistics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.emporium.platform.test.ProblemAssertions.assertProblem;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.emporium.contracts.catalog.ProductCreated;
import org.emporium.contracts.catalog.ProductDeleted;
import org.emporium.contracts.catalog.ProductUpdated;
import org.emporium.contracts.catalog.StockReserved;
import org.emporium.contracts.comment.ReviewPublished;
import org.emporium.contracts.comment.ReviewRemoved;
import org.emporium.contracts.discount.CouponRedeemed;
import org.emporium.contracts.discount.CouponReleased;
import org.emporium.contracts.identity.UserRegistered;
import org.emporium.contracts.ordering.OrderPlaced;
import org.emporium.contracts.ordering.OrderStatusChanged;
import org.emporium.contracts.ordering.OrderStatusChanged.Line;
import org.emporium.contracts.ordering.OrderStatusChanged.Totals;
import org.emporium.platform.test.TestTokens;
import org.emporium.statistics.support.StatisticsIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A known set of events through the real broker (two currencies, cancellations incl. a refund, an expiry, coupons,
 * reviews, sign-ups, a Berlin day boundary that is not the UTC one, duplicates with the same and with a new event id
 * (transitions, redemptions, releases, review publications and removals),
 * transitions out of order) and every figure of every report against hand-computed values (see the comments), then a
 * rebuild from the log twice with identical answers. Days are Europe/Berlin (UTC+1 in March 2025).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsIT extends StatisticsIntegrationTest {
    static final UUID P1 = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID P2 = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
    static final UUID P3 = UUID.fromString("00000000-0000-0000-0000-0000000000a3");
    static final UUID P4 = UUID.fromString("00000000-0000-0000-0000-0000000000a4");
    static final UUID C1 = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    static final UUID C2 = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
    static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    static final UUID O1 = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID O2 = UUID.fromString("00000000-0000-0000-0000-000000000002");
    static final UUID O3 = UUID.fromString("00000000-0000-0000-0000-000000000003");
    static final UUID O4 = UUID.fromString("00000000-0000-0000-0000-000000000004");
    static final UUID O5 = UUID.fromString("00000000-0000-0000-0000-000000000005");
    static final UUID O7 = UUID.fromString("00000000-0000-0000-0000-000000000007");
    static final String RANGE = "from=2025-03-10&to=2025-03-16";

    static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    long published;

    void send(org.emporium.contracts.IntegrationEvent event) {
        publish(event);
        published++;
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static Instant t(String utc) {
        return Instant.parse(utc);
    }

    static OrderStatusChanged status(
            UUID order, UUID customer, String from, String to, int seq, String at, Totals totals, List<Line> lines) {
        return new OrderStatusChanged(order, customer, from, to, null, totals, lines, seq, t(at));
    }

    @BeforeAll
    void publishTheScenario() {
        // Catalog: P2's update (version 2, stock 0) arrives before its creation; P4 is deleted; P1 reserves 3 of 10.
        send(new ProductUpdated(
                P2,
                "bravo",
                "Bravo",
                C1,
                "b",
                d("5.50"),
                "EUR",
                "ACTIVE",
                0,
                List.of("STOCK"),
                2,
                t("2025-03-09T08:00:00Z")));
        send(new ProductCreated(
                P2, "bravo", "Bravo", C1, "b", d("5.50"), "EUR", "ACTIVE", 4, t("2025-03-09T07:00:00Z")));
        send(new ProductCreated(
                P1, "alpha", "Alpha", C1, "b", d("10.00"), "EUR", "ACTIVE", 10, t("2025-03-09T07:00:00Z")));
        send(new ProductCreated(
                P3, "charlie", "Charlie", C2, "b", d("3.00"), "EUR", "DRAFT", 5, t("2025-03-09T07:00:00Z")));
        send(new ProductCreated(
                P4, "delta", "Delta", C2, "b", d("3.00"), "EUR", "ACTIVE", 5, t("2025-03-09T07:00:00Z")));
        send(new ProductDeleted(P4, t("2025-03-09T09:00:00Z")));
        send(new StockReserved(O1, List.of(new StockReserved.Line(P1, 3)), t("2025-03-10T10:00:30Z")));

        // O1 EUR, customer A: placed, awaiting, paid on the 10th; delivered (published before shipped) on the 12th.
        var o1 = new Totals("EUR", d("25.50"), d("2.55"), d("22.95"), "SPRING10");
        var o1Lines = List.of(
                new Line(P1, "Alpha", C1, 2, d("10.00"), d("20.00")),
                new Line(P2, "Bravo", C1, 1, d("5.50"), d("5.50")));
        send(new OrderPlaced(
                O1,
                A,
                List.of(new OrderPlaced.Line(P1, 2, d("10.00"), "EUR")),
                t("2025-03-10T10:00:00Z"),
                "SPRING10",
                null));
        send(status(O1, A, null, "PENDING", 1, "2025-03-10T10:00:00Z", o1, List.of()));
        send(status(O1, A, "PENDING", "AWAITING_PAYMENT", 2, "2025-03-10T10:01:00Z", o1, List.of()));
        var o1Paid = status(O1, A, "AWAITING_PAYMENT", "PAID", 3, "2025-03-10T10:05:00Z", o1, o1Lines);
        send(o1Paid);
        send(o1Paid); // the same transition again under a new event id: not counted twice
        send(status(O1, A, "SHIPPED", "DELIVERED", 5, "2025-03-12T09:00:00Z", o1, o1Lines));
        send(status(O1, A, "PAID", "SHIPPED", 4, "2025-03-11T09:00:00Z", o1, List.of()));

        // O2 USD, customer B: placed 22:30 UTC = 23:30 Berlin on the 10th; paid 23:10 UTC = 00:10 Berlin on the 11th.
        // PAID arrives before PENDING.
        var o2 = new Totals("USD", d("12.00"), d("0.00"), d("12.00"), null);
        send(status(
                O2,
                B,
                "AWAITING_PAYMENT",
                "PAID",
                3,
                "2025-03-10T23:10:00Z",
                o2,
                List.of(new Line(P1, "Alpha", C1, 1, d("12.00"), d("12.00")))));
        send(status(O2, B, null, "PENDING", 1, "2025-03-10T22:30:00Z", o2, List.of()));
        send(status(O2, B, "PENDING", "AWAITING_PAYMENT", 2, "2025-03-10T22:31:00Z", o2, List.of()));

        // O3 EUR, customer A again: paid on the 11th, cancelled (refunded) on the 12th.
        var o3 = new Totals("EUR", d("11.00"), d("0.00"), d("11.00"), null);
        send(status(O3, A, null, "PENDING", 1, "2025-03-11T08:00:00Z", o3, List.of()));
        send(status(O3, A, "PENDING", "AWAITING_PAYMENT", 2, "2025-03-11T08:01:00Z", o3, List.of()));
        send(status(
                O3,
                A,
                "AWAITING_PAYMENT",
                "PAID",
                3,
                "2025-03-11T08:02:00Z",
                o3,
                List.of(new Line(P2, "Bravo", C1, 2, d("5.50"), d("11.00")))));
        send(status(O3, A, "PAID", "CANCELLED", 4, "2025-03-12T10:00:00Z", o3, List.of()));

        // O4 EUR, customer C: expires on the 12th. O5 USD, customer B: cancelled before payment on the 12th.
        var o4 = new Totals("EUR", d("30.00"), d("0.00"), d("30.00"), null);
        send(status(O4, C, null, "PENDING", 1, "2025-03-12T12:00:00Z", o4, List.of()));
        send(status(O4, C, "PENDING", "AWAITING_PAYMENT", 2, "2025-03-12T12:01:00Z", o4, List.of()));
        send(status(O4, C, "AWAITING_PAYMENT", "EXPIRED", 3, "2025-03-12T12:31:00Z", o4, List.of()));
        var o5 = new Totals("USD", d("8.00"), d("0.00"), d("8.00"), null);
        send(status(O5, B, null, "PENDING", 1, "2025-03-12T13:00:00Z", o5, List.of()));
        send(status(O5, B, "PENDING", "CANCELLED", 2, "2025-03-12T13:05:00Z", o5, List.of()));

        // Coupons: SPRING10 redeemed for O1 (twice, new event id: once), a reservation of it released on the 13th.
        var redeemed =
                new CouponRedeemed(O1, UUID.randomUUID(), "SPRING10", A, "EUR", d("2.55"), t("2025-03-10T10:05:01Z"));
        send(redeemed);
        send(redeemed);
        // The release republished under a new event id (an outbox replay at discount): counted once.
        var released = new CouponReleased(
                O7, UUID.randomUUID(), "SPRING10", C, "RESERVATION_EXPIRED", t("2025-03-13T10:00:00Z"));
        send(released);
        send(released);

        // Sign-ups: the 10th; 23:30 UTC on the 10th = the 11th in Berlin; the 13th (twice for one user: once).
        var u3 = new UserRegistered(UUID.randomUUID(), "u3@example.com", "U3", t("2025-03-13T09:00:00Z"));
        send(new UserRegistered(UUID.randomUUID(), "u1@example.com", "U1", t("2025-03-10T12:00:00Z")));
        send(new UserRegistered(UUID.randomUUID(), "u2@example.com", "U2", t("2025-03-10T23:30:00Z")));
        send(u3);
        send(u3);

        // Reviews: P1 5★ (10th), P1 2★ (11th), P2 4★ (12th), the 2★ removed on the 13th, arriving before its
        // publication.
        var r1 = UUID.randomUUID();
        var r2 = UUID.randomUUID();
        // r1's publication and r2's removal are republished under new event ids: each counted once (per product
        // rating version).
        var r1Published = new ReviewPublished(r1, P1, A, 5, true, d("5.00"), 1, 1, t("2025-03-10T15:00:00Z"));
        var r2Removed = new ReviewRemoved(r2, P1, "DELETED", d("5.00"), 1, 3, t("2025-03-13T15:00:00Z"));
        send(r1Published);
        send(r2Removed);
        send(new ReviewPublished(r2, P1, B, 2, true, d("3.50"), 2, 2, t("2025-03-11T15:00:00Z")));
        send(new ReviewPublished(UUID.randomUUID(), P2, A, 4, true, d("4.00"), 1, 1, t("2025-03-12T15:00:00Z")));
        send(r1Published);
        send(r2Removed);

        awaitConsumed(published);
        // The same event id delivered again (the relay republishes a row): the inbox drops it.
        var duplicates = duplicatesSeen();
        jdbc.sql("""
                        UPDATE emporium_outbox SET published_at = NULL, claimed_until = NULL, next_attempt_at = now()
                        WHERE id = (SELECT id FROM emporium_outbox WHERE routing_key = 'ordering.order-status-changed'
                                    AND payload->>'to' = 'PAID' AND payload->>'orderId' = :order LIMIT 1)""").param("order", O2.toString()).update();
        await().atMost(Duration.ofSeconds(30)).until(() -> duplicatesSeen() > duplicates);
    }

    String section(String path, String name) {
        var response = admin().get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        // Decimals as the service wrote them (36.50, not 36.5): the scale is part of the figure.
        return EXACT.readTree(response.body()).get("sections").get(name).toString();
    }

    @Test
    void theEventLogKeepsNoSignUpAddressOrName() {
        assertThat(jdbc.sql("SELECT count(*) FROM consumed_events WHERE routing_key = 'identity.user-registered'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM consumed_events WHERE routing_key = 'identity.user-registered'"
                                + " AND (payload->>'email' <> '' OR payload->>'displayName' <> '')")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void salesPerDayAndCurrencyWithTheBerlinDayBoundary() {
        assertThat(section("/api/statistics/sales?" + RANGE, "periods"))
                .isEqualTo("["
                        + sales("2025-03-10", "EUR", 1, 1, 1, 0, 0, 0, 0, "25.50", "2.55", "22.95", "0.00", "22.95")
                        + ","
                        + sales("2025-03-10", "USD", 1, 1, 0, 0, 0, 0, 0, "0.00", "0.00", "0.00", "0.00", null) + ","
                        + sales("2025-03-11", "EUR", 1, 1, 1, 1, 0, 0, 0, "11.00", "0.00", "11.00", "0.00", "11.00")
                        + ","
                        + sales("2025-03-11", "USD", 0, 0, 1, 0, 0, 0, 0, "12.00", "0.00", "12.00", "0.00", "12.00")
                        + ","
                        + sales("2025-03-12", "EUR", 1, 1, 0, 0, 1, 1, 1, "0.00", "0.00", "0.00", "11.00", null) + ","
                        + sales("2025-03-12", "USD", 1, 0, 0, 0, 0, 1, 0, "0.00", "0.00", "0.00", "0.00", null) + "]");
    }

    @Test
    void salesTotalsAverageOrderValueAndFunnel() {
        // EUR: net 33.95 over 2 paid orders = 16.975 → 16.98 (half-even); USD 12.00 / 1.
        assertThat(section("/api/statistics/sales?" + RANGE, "totals"))
                .isEqualTo("["
                        + sales(null, "EUR", 3, 3, 2, 1, 1, 1, 1, "36.50", "2.55", "33.95", "11.00", "16.98") + ","
                        + sales(null, "USD", 2, 1, 1, 0, 0, 1, 0, "12.00", "0.00", "12.00", "0.00", "12.00") + "]");
        // placed 5 → awaiting 4 → paid 3 → shipped 1 → delivered 1
        assertThat(section("/api/statistics/sales?" + RANGE, "funnel"))
                .isEqualTo(
                        "[{\"stage\":\"PLACED\",\"orders\":5,\"conversionFromPrevious\":1.0000,\"conversionFromPlaced\":1.0000},"
                                + "{\"stage\":\"AWAITING_PAYMENT\",\"orders\":4,\"conversionFromPrevious\":0.8000,\"conversionFromPlaced\":0.8000},"
                                + "{\"stage\":\"PAID\",\"orders\":3,\"conversionFromPrevious\":0.7500,\"conversionFromPlaced\":0.6000},"
                                + "{\"stage\":\"SHIPPED\",\"orders\":1,\"conversionFromPrevious\":0.3333,\"conversionFromPlaced\":0.2000},"
                                + "{\"stage\":\"DELIVERED\",\"orders\":1,\"conversionFromPrevious\":1.0000,\"conversionFromPlaced\":0.2000}]");
        // A week and a month: one period with the totals' numbers.
        assertThat(section("/api/statistics/sales?" + RANGE + "&granularity=week", "periods"))
                .isEqualTo("["
                        + sales("2025-03-10", "EUR", 3, 3, 2, 1, 1, 1, 1, "36.50", "2.55", "33.95", "11.00", "16.98")
                        + ","
                        + sales("2025-03-10", "USD", 2, 1, 1, 0, 0, 1, 0, "12.00", "0.00", "12.00", "0.00", "12.00")
                        + "]");
        assertThat(section("/api/statistics/sales?" + RANGE + "&granularity=month", "periods"))
                .startsWith("[{\"period\":\"2025-03-01\",\"currency\":\"EUR\",\"placed\":3,");
        // Only the 10th (Berlin): O2's payment at 00:10 Berlin on the 11th is not in it.
        assertThat(section("/api/statistics/sales?from=2025-03-10&to=2025-03-10", "totals"))
                .isEqualTo("["
                        + sales(null, "EUR", 1, 1, 1, 0, 0, 0, 0, "25.50", "2.55", "22.95", "0.00", "22.95") + ","
                        + sales(null, "USD", 1, 1, 0, 0, 0, 0, 0, "0.00", "0.00", "0.00", "0.00", null) + "]");
    }

    @Test
    void productsTopByUnitsAndRevenueCategoriesAndNeverSold() {
        var path = "/api/statistics/products?" + RANGE;
        // Alpha 2 (O1) + 1 (O2) = 3; Bravo 1 (O1) + 2 (O3, paid then refunded: it was sold) = 3; tie → by name.
        assertThat(section(path, "topByUnits"))
                .isEqualTo("[{\"productId\":\"" + P1 + "\",\"name\":\"Alpha\",\"units\":3}," + "{\"productId\":\"" + P2
                        + "\",\"name\":\"Bravo\",\"units\":3}]");
        assertThat(section(path, "topByRevenue"))
                .isEqualTo("[{\"productId\":\"" + P1 + "\",\"name\":\"Alpha\",\"currency\":\"EUR\",\"revenue\":20.00},"
                        + "{\"productId\":\"" + P2 + "\",\"name\":\"Bravo\",\"currency\":\"EUR\",\"revenue\":16.50},"
                        + "{\"productId\":\"" + P1 + "\",\"name\":\"Alpha\",\"currency\":\"USD\",\"revenue\":12.00}]");
        assertThat(section(path, "topCategories")).isEqualTo("[{\"categoryId\":\"" + C1 + "\",\"units\":6}]");
        assertThat(section(path, "categoryRevenue"))
                .isEqualTo("[{\"categoryId\":\"" + C1 + "\",\"currency\":\"EUR\",\"revenue\":36.50},"
                        + "{\"categoryId\":\"" + C1 + "\",\"currency\":\"USD\",\"revenue\":12.00}]");
        // Charlie never sold; Delta is deleted.
        assertThat(section(path, "neverSold"))
                .isEqualTo("[{\"productId\":\"" + P3 + "\",\"name\":\"Charlie\",\"status\":\"DRAFT\"}]");
        assertThat(section(path + "&limit=1", "topByUnits"))
                .isEqualTo("[{\"productId\":\"" + P1 + "\",\"name\":\"Alpha\",\"units\":3}]");
    }

    @Test
    void couponsCustomersReviewsAndCatalog() {
        assertThat(section("/api/statistics/coupons?" + RANGE, "coupons"))
                .isEqualTo("[{\"code\":\"SPRING10\",\"redemptions\":1,\"releases\":1}]");
        assertThat(section("/api/statistics/coupons?" + RANGE, "discounts"))
                .isEqualTo("[{\"code\":\"SPRING10\",\"currency\":\"EUR\",\"discount\":2.55}]");

        assertThat(section("/api/statistics/customers?" + RANGE, "signups"))
                .isEqualTo("[{\"period\":\"2025-03-10\",\"signups\":1},{\"period\":\"2025-03-11\",\"signups\":1},"
                        + "{\"period\":\"2025-03-13\",\"signups\":1}]");
        assertThat(section("/api/statistics/customers?" + RANGE + "&granularity=week", "signups"))
                .isEqualTo("[{\"period\":\"2025-03-10\",\"signups\":3}]");
        // Buyers with a paid order: A (O1, O3) and B (O2); A is a repeat buyer.
        assertThat(section("/api/statistics/customers?" + RANGE, "buyers"))
                .isEqualTo("[{\"buyers\":2,\"repeatBuyers\":1,\"repeatBuyerShare\":0.5000}]");

        assertThat(section("/api/statistics/reviews?" + RANGE, "periods"))
                .isEqualTo("[{\"period\":\"2025-03-10\",\"published\":1,\"removed\":0,\"averageRating\":5.00},"
                        + "{\"period\":\"2025-03-11\",\"published\":1,\"removed\":0,\"averageRating\":2.00},"
                        + "{\"period\":\"2025-03-12\",\"published\":1,\"removed\":0,\"averageRating\":4.00},"
                        + "{\"period\":\"2025-03-13\",\"published\":0,\"removed\":1,\"averageRating\":\"\"}]");
        // P1's current rating is version 3's (5.00 over 1), although version 2 arrived after it.
        assertThat(section("/api/statistics/reviews?" + RANGE, "products"))
                .isEqualTo("[{\"productId\":\"" + P1 + "\",\"published\":2,\"removed\":1,\"averageRating\":3.50,"
                        + "\"currentAverageRating\":5.00,\"currentReviewCount\":1},"
                        + "{\"productId\":\"" + P2 + "\",\"published\":1,\"removed\":0,\"averageRating\":4.00,"
                        + "\"currentAverageRating\":4.00,\"currentReviewCount\":1}]");
        // (5 + 2 + 4) / 3 = 3.67
        assertThat(section("/api/statistics/reviews?" + RANGE, "overall"))
                .isEqualTo("[{\"published\":3,\"removed\":1,\"averageRating\":3.67}]");

        // Alpha, Bravo ACTIVE, Charlie DRAFT; Bravo has stock 0 (its version-2 update, not the older creation).
        assertThat(section("/api/statistics/catalog", "statuses"))
                .isEqualTo("[{\"status\":\"ACTIVE\",\"products\":2},{\"status\":\"DRAFT\",\"products\":1}]");
        assertThat(section("/api/statistics/catalog", "stock")).isEqualTo("[{\"products\":3,\"outOfStock\":1}]");
    }

    @Test
    void csvExportHasTheSameFigures() {
        var byParameter = admin().get("/api/statistics/coupons?" + RANGE + "&format=csv");
        assertThat(byParameter.status()).isEqualTo(200);
        assertThat(byParameter.contentType()).startsWith("text/csv");
        assertThat(byParameter.body())
                .isEqualTo("section,coupons\r\ncode,redemptions,releases\r\nSPRING10,1,1\r\n\r\n"
                        + "section,discounts\r\ncode,currency,discount\r\nSPRING10,EUR,2.55\r\n\r\n");
        var byAccept = admin().withHeader("Accept", "text/csv").get("/api/statistics/sales?" + RANGE);
        assertThat(byAccept.status()).isEqualTo(200);
        assertThat(byAccept.body())
                .contains("period,currency,placed,awaitingPayment,paid,shipped,delivered,cancelled,expired,gross,"
                        + "discount,net,refunded,averageOrderValue\r\n2025-03-10,EUR,1,1,1,0,0,0,0,25.50,2.55,22.95,"
                        + "0.00,22.95\r\n");
    }

    @Test
    void rebuildingTwiceFromTheLogGivesIdenticalNumbers() {
        var paths = List.of(
                "/api/statistics/sales?" + RANGE,
                "/api/statistics/sales?" + RANGE + "&granularity=week",
                "/api/statistics/products?" + RANGE,
                "/api/statistics/coupons?" + RANGE,
                "/api/statistics/customers?" + RANGE,
                "/api/statistics/reviews?" + RANGE,
                "/api/statistics/catalog");
        var before = paths.stream().map(p -> admin().get(p).body()).toList();
        for (int i = 0; i < 2; i++) {
            var rebuilt = admin().post("/api/statistics/admin/rebuild", null);
            assertThat(rebuilt.status()).isEqualTo(200);
            assertThat(rebuilt.json().get("events").asLong()).isEqualTo(consumedEvents());
            assertThat(paths.stream().map(p -> admin().get(p).body()).toList()).isEqualTo(before);
        }
    }

    @Test
    void onlyAdminsReadReportsOrRebuild() {
        assertThat(as(TestTokens.customer()).get("/api/statistics/sales").status())
                .isEqualTo(403);
        assertThat(as(TestTokens.customer())
                        .post("/api/statistics/admin/rebuild", null)
                        .status())
                .isEqualTo(403);
        assertThat(as(null).get("/api/statistics/overview").status()).isEqualTo(401);
        assertThat(as(TestTokens.customer()).get("/api/statistics/live").status())
                .isEqualTo(403);
    }

    @Test
    void badParametersAreProblems() {
        assertProblem(
                admin().get("/api/statistics/sales?from=2025-03-12&to=2025-03-10"), 422, "STATISTICS.INVALID_RANGE");
        assertProblem(
                admin().get("/api/statistics/sales?from=2020-01-01&to=2025-03-10"), 422, "STATISTICS.INVALID_RANGE");
        assertProblem(admin().get("/api/statistics/sales?granularity=year"), 422, "STATISTICS.INVALID_PARAMETER");
        assertProblem(admin().get("/api/statistics/sales?format=xml"), 422, "STATISTICS.INVALID_PARAMETER");
        assertProblem(admin().get("/api/statistics/sales?from=yesterday"), 400, "REQUEST.INVALID_PARAMETER");
        assertProblem(admin().get("/api/statistics/products?limit=0"), 400, "REQUEST.VALIDATION_FAILED");
        assertProblem(admin().get("/api/statistics/nothing"), 404, "REQUEST.NOT_FOUND");
    }

    static String sales(
            String period,
            String currency,
            int placed,
            int awaiting,
            int paid,
            int shipped,
            int delivered,
            int cancelled,
            int expired,
            String gross,
            String discount,
            String net,
            String refunded,
            String aov) {
        return "{" + (period == null ? "" : "\"period\":\"" + period + "\",") + "\"currency\":\"" + currency + "\","
                + "\"placed\":" + placed + ",\"awaitingPayment\":" + awaiting + ",\"paid\":" + paid + ",\"shipped\":"
                + shipped + ",\"delivered\":" + delivered + ",\"cancelled\":" + cancelled + ",\"expired\":" + expired
                + ",\"gross\":" + gross + ",\"discount\":" + discount + ",\"net\":" + net + ",\"refunded\":" + refunded
                + ",\"averageOrderValue\":" + (aov == null ? "\"\"" : aov) + "}";
    }
}

package org.emporium.statistics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.emporium.contracts.ordering.OrderStatusChanged;
import org.emporium.platform.test.TestTokens;
import org.emporium.statistics.support.StatisticsIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The overview counts today's events (GBP is used by no other test), the live stream announces the change, and a
 * stream with nothing to announce still carries heartbeats.
 */
class LiveAndOverviewIT extends StatisticsIntegrationTest {

    @Test
    void overviewShowsTodaysOrderAndTheLiveStreamAnnouncesIt() throws Exception {
        var received = new CopyOnWriteArrayList<String>();
        var reader = openLiveStream(received);

        var subscribed = System.nanoTime();
        var order = UUID.randomUUID();
        var totals = new OrderStatusChanged.Totals(
                "GBP", new BigDecimal("40.00"), new BigDecimal("4.00"), new BigDecimal("36.00"), null);
        var now = Instant.now();
        var before = consumedEvents();
        publish(new OrderStatusChanged(order, UUID.randomUUID(), null, "PENDING", null, totals, List.of(), 1, now));
        publish(new OrderStatusChanged(
                order, UUID.randomUUID(), "AWAITING_PAYMENT", "PAID", null, totals, List.of(), 3, now));
        awaitConsumed(before + 2);

        await().atMost(Duration.ofSeconds(10)).until(() -> received.contains("event:overview-changed"));
        var sales =
                admin().get("/api/statistics/overview").json().get("sections").get("sales");
        for (var window : List.of("today", "last7Days", "last30Days")) {
            var gbp = new java.util.ArrayList<String>();
            sales.forEach(row -> {
                if (row.get("window").asString().equals(window)
                        && row.get("currency").asString().equals("GBP")) {
                    gbp.add(row.get("placed").asInt() + "/" + row.get("paid").asInt() + "/"
                            + row.get("net").decimalValue().stripTrailingZeros().toPlainString());
                }
            });
            assertThat(gbp).as(window).containsExactly("1/1/36");
        }
        // Ten more changes in quick succession are coalesced: never more than one push per started second.
        for (int i = 0; i < 10; i++) {
            publish(new OrderStatusChanged(
                    UUID.randomUUID(), UUID.randomUUID(), null, "PENDING", null, totals, List.of(), 1, now));
        }
        awaitConsumed(before + 12);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> received.stream()
                                .filter("event:overview-changed"::equals)
                                .count()
                        >= 2);
        var seconds = Duration.ofNanos(System.nanoTime() - subscribed).toSeconds();
        assertThat(received.stream().filter("event:overview-changed"::equals).count())
                .isLessThanOrEqualTo(seconds + 1)
                .isLessThan(12);
        reader.interrupt();
    }

    @Test
    void aQuietLiveStreamCarriesHeartbeatComments() throws Exception {
        var received = new CopyOnWriteArrayList<String>();
        var reader = openLiveStream(received);
        // the test profile's heartbeat is 1 s: two of them prove it repeats
        await().atMost(Duration.ofSeconds(10))
                .until(() -> received.stream().filter(":heartbeat"::equals).count() >= 2);
        assertThat(received).startsWith(":subscribed");
        reader.interrupt();
    }

    /** Opens the live stream as an admin; a virtual thread adds each line it reads to {@code received}. */
    private Thread openLiveStream(List<String> received) throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/statistics/live"))
                                .header("Authorization", "Bearer " + TestTokens.admin())
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        return Thread.ofVirtual().start(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    received.add(line);
                }
            } catch (Exception e) {
                // the stream ends with the test
            }
        });
    }
}

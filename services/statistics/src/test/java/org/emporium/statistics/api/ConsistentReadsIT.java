package org.emporium.statistics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.emporium.statistics.support.StatisticsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every section of a report comes from one snapshot. The test holds the overview between its sections: it locks
 * {@code signups} (read after the first {@code sales_daily} statement) while the overview runs, commits new sales
 * figures meanwhile, then commits a new sign-up and releases the lock. Read in one REPEATABLE READ transaction, the
 * overview shows neither; read statement by statement (READ COMMITTED), it would show the sign-up and the later sales
 * windows the new figures. XTS is the ISO test currency, used by no other test.
 */
class ConsistentReadsIT extends StatisticsIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aReportsSectionsComeFromOneSnapshot() throws Exception {
        var today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        var user = UUID.randomUUID();
        var signupsBefore =
                todaysSignups(admin().get("/api/statistics/overview").json());
        try (var blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (var statement = blocker.createStatement()) {
                statement.execute("LOCK TABLE signups IN ACCESS EXCLUSIVE MODE");
            }
            try (var insert = blocker.prepareStatement("INSERT INTO signups (user_id, day) VALUES (?, ?)")) {
                insert.setObject(1, user);
                insert.setDate(2, Date.valueOf(today));
                insert.executeUpdate();
            }
            var overview = CompletableFuture.supplyAsync(
                    () -> admin().get("/api/statistics/overview").json());
            await().atMost(Duration.ofSeconds(20)).until(this::aReadWaitsForTheLock);
            jdbc.sql("INSERT INTO sales_daily (day, currency, placed) VALUES (:day, 'XTS', 7)")
                    .param("day", Date.valueOf(today))
                    .update();
            blocker.commit();

            var answer = overview.get();
            assertThat(todaysSignups(answer)).isEqualTo(signupsBefore);
            assertThat(xtsWindows(answer)).isEmpty();

            // Both changes are there for the next read: the test sees what it hid from the first one.
            var after = admin().get("/api/statistics/overview").json();
            assertThat(todaysSignups(after)).isEqualTo(signupsBefore + 1);
            assertThat(xtsWindows(after)).containsExactly("today", "last7Days", "last30Days");
        } finally {
            jdbc.sql("DELETE FROM sales_daily WHERE currency = 'XTS'").update();
            jdbc.sql("DELETE FROM signups WHERE user_id = :id")
                    .param("id", user)
                    .update();
        }
    }

    private boolean aReadWaitsForTheLock() {
        return jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                                + " AND wait_event_type = 'Lock' AND query LIKE '%signups%'")
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static long todaysSignups(JsonNode overview) {
        for (var row : overview.get("sections").get("customersAndReviews")) {
            if (row.get("window").asString().equals("today")) {
                return row.get("signups").asLong();
            }
        }
        throw new AssertionError("no today window in " + overview);
    }

    private static List<String> xtsWindows(JsonNode overview) {
        var windows = new ArrayList<String>();
        for (var row : overview.get("sections").get("sales")) {
            if (row.get("currency").asString().equals("XTS")) {
                windows.add(row.get("window").asString());
            }
        }
        return windows;
    }
}

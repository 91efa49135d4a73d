package org.emporium.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.emporium.platform.messaging.TestApps.effects;
import static org.emporium.platform.messaging.TestApps.namespace;
import static org.emporium.platform.messaging.TestApps.published;
import static org.emporium.platform.messaging.TestApps.start;
import static org.emporium.platform.messaging.TestApps.store;
import static org.emporium.platform.messaging.TestApps.thing;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.awaitility.core.ConditionFactory;
import org.emporium.platform.messaging.testapp.TestApplication;
import org.emporium.platform.messaging.testapp.TestApplication.ThingHappened;
import org.emporium.platform.test.TestInfrastructure;
import org.emporium.platform.test.net.TcpProxy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The relay's use of the database: it holds no transaction or connection while the broker is slow to confirm
 * (issue 8 item 10), parks a row that can never be published (item 17), and two relays on one outbox share the
 * backlog without publishing anything twice (item 18).
 */
class RelayIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aSilentBrokerDoesNotPinTheRelaysDatabaseConnection() {
        var broker = TestInfrastructure.amqp();
        try (var proxy = TcpProxy.start(broker.host(), broker.port())) {
            var settings = settings(freshDatabase(), namespace(), proxy.host(), proxy.port());
            settings.add("--spring.datasource.hikari.maximum-pool-size=2");
            settings.add("--spring.datasource.hikari.connection-timeout=2000");
            settings.add("--emporium.messaging.outbox.confirm-timeout=20s");
            settings.add("--emporium.messaging.outbox.lease=40s");
            try (var app = start(settings)) {
                var warmUp = thing();
                store(app, warmUp, "relay");
                eventually().until(() -> effects(app).count(warmUp) == 1);

                proxy.silence();
                var thing = thing();
                store(app, thing, "relay");
                var jdbc = app.getBean(JdbcTemplate.class);
                // Claimed and sent: the relay is now waiting for a confirm that does not come.
                eventually()
                        .until(() -> Boolean.TRUE.equals(jdbc.queryForObject(
                                "SELECT claimed_until IS NOT NULL FROM emporium_outbox WHERE subject = ?",
                                Boolean.class,
                                thing)));
                for (int i = 0; i < 3; i++) {
                    assertThat(jdbc.queryForObject(
                                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                                            + " AND state LIKE 'idle in transaction%'",
                                    Integer.class))
                            .isZero();
                }
                assertThat(published(app, thing)).isFalse();

                proxy.cut();
                proxy.restore();
                eventually().until(() -> effects(app).count(thing) == 1);
                eventually().until(() -> published(app, thing));
            }
        }
    }

    @Test
    void aRowThatCanNeverBePublishedIsParkedCountedAndReported() {
        var broker = TestInfrastructure.amqp();
        var settings = settings(freshDatabase(), namespace(), broker.host(), broker.port());
        settings.add("--emporium.messaging.outbox.max-attempts=3");
        try (var app = start(settings)) {
            var jdbc = app.getBean(JdbcTemplate.class);
            var health = app.getBean(OutboxHealthIndicator.class);
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            var broken = UUID.randomUUID();
            // A row no relay can turn into a message (headers not an object), as a bad manual edit would leave.
            jdbc.update(
                    "INSERT INTO emporium_outbox (id, routing_key, type, source, subject, payload, headers,"
                            + " created_at, next_attempt_at) VALUES (?, ?, 'org.emporium.testapp.thing-happened.v1',"
                            + " '/emporium/testapp', 'broken', '{}', '[1]', now(), now())",
                    broken,
                    TestApplication.ROUTING_KEY);

            eventually()
                    .until(() -> Boolean.TRUE.equals(jdbc.queryForObject(
                            "SELECT failed_at IS NOT NULL FROM emporium_outbox WHERE id = ?", Boolean.class, broken)));
            var row = jdbc.queryForMap("SELECT refusals, last_error FROM emporium_outbox WHERE id = ?", broken);
            assertThat(row.get("refusals")).isEqualTo(3);
            assertThat((String) row.get("last_error")).startsWith("unreadable row");
            eventually()
                    .until(() -> app.getBean(MeterRegistry.class)
                                    .get("emporium.outbox.failed")
                                    .gauge()
                                    .value()
                            == 1.0);
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(app.getBean(OutboxRelay.class).pendingCount()).isZero();

            // The parked row blocks nothing.
            var thing = thing();
            store(app, thing, "relay");
            eventually().until(() -> effects(app).count(thing) == 1);
        }
    }

    @Test
    void twoRelaysOnOneOutboxPublishEveryEventOnce() {
        var broker = TestInfrastructure.amqp();
        var settings = settings(freshDatabase(), namespace(), broker.host(), broker.port());
        settings.add("--emporium.messaging.outbox.batch-size=10");
        try (var first = start(settings);
                var second = start(settings)) {
            var things = IntStream.range(0, 200).mapToObj(i -> thing()).toList();
            var outbox = first.getBean(EventOutbox.class);
            new TransactionTemplate(first.getBean(PlatformTransactionManager.class))
                    .executeWithoutResult(
                            status -> things.forEach(thing -> outbox.add(new ThingHappened(thing, "backlog"))));

            var jdbc = first.getBean(JdbcTemplate.class);
            eventually()
                    .until(() -> jdbc.queryForObject(
                                    "SELECT count(*) FROM emporium_outbox WHERE published_at IS NOT NULL"
                                            + " AND subject LIKE 'thing-%'",
                                    Integer.class)
                            == things.size());
            // Published once each: a second publish of the same row would have counted a second attempt.
            assertThat(jdbc.queryForList("SELECT DISTINCT attempts FROM emporium_outbox", Integer.class))
                    .containsExactly(1);
            eventually()
                    .until(() -> jdbc.queryForObject("SELECT count(DISTINCT thing_id) FROM effects", Integer.class)
                            == things.size());
            assertThat(jdbc.queryForObject("SELECT count(*) FROM effects", Integer.class))
                    .isEqualTo(things.size());
        }
    }

    private static ConditionFactory eventually() {
        return await().atMost(WAIT).dontCatchUncaughtExceptions();
    }

    private static List<String> settings(List<String> database, String namespace, String host, int port) {
        var broker = TestInfrastructure.amqp();
        var settings = new ArrayList<>(database);
        settings.add("--spring.rabbitmq.host=" + host);
        settings.add("--spring.rabbitmq.port=" + port);
        settings.add("--spring.rabbitmq.username=" + broker.username());
        settings.add("--spring.rabbitmq.password=" + broker.password());
        settings.add("--emporium.messaging.namespace=" + namespace);
        return settings;
    }

    private static List<String> freshDatabase() {
        var postgres = TestInfrastructure.postgres();
        return List.of(
                "--spring.datasource.url=" + TestInfrastructure.createDatabase("relay"),
                "--spring.datasource.username=" + postgres.adminUser(),
                "--spring.datasource.password=" + postgres.adminPassword());
    }
}

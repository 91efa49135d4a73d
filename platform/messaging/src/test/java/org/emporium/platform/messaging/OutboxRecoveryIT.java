package org.emporium.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.emporium.platform.messaging.TestApps.effects;
import static org.emporium.platform.messaging.TestApps.namespace;
import static org.emporium.platform.messaging.TestApps.published;
import static org.emporium.platform.messaging.TestApps.start;
import static org.emporium.platform.messaging.TestApps.store;
import static org.emporium.platform.messaging.TestApps.thing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.core.ConditionFactory;
import org.emporium.platform.test.TestInfrastructure;
import org.emporium.platform.test.net.TcpProxy;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A committed event survives what happens between the commit and the publish: the broker connection dropping, and
 * the relay not running at all until the service restarts. Starts its own application contexts, on one database.
 */
class OutboxRecoveryIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void eventCommittedWhileTheBrokerIsUnreachableArrivesOnceTheConnectionReturns() {
        var broker = TestInfrastructure.amqp();
        try (var proxy = TcpProxy.start(broker.host(), broker.port());
                var app = start(settings(freshDatabase(), namespace(), proxy.host(), proxy.port()))) {
            var warmUp = thing();
            store(app, warmUp, "recovery");
            eventually().until(() -> effects(app).count(warmUp) == 1);

            proxy.cut();
            var thing = thing();
            store(app, thing, "recovery");
            // The relay tried, the broker did not confirm, the event is still waiting.
            eventually().until(() -> attempts(app, thing) >= 2);
            assertThat(published(app, thing)).isFalse();
            assertThat(effects(app).calls(thing)).isZero();

            proxy.restore();
            eventually().until(() -> effects(app).count(thing) == 1);
            eventually().until(() -> published(app, thing));
            assertThat(effects(app).calls(thing)).isEqualTo(1);
        }
    }

    @Test
    void eventLeftByAStoppedRelayIsPublishedWhenTheServiceRestartsOnTheSameDatabase() {
        var broker = TestInfrastructure.amqp();
        var settings = settings(freshDatabase(), namespace(), broker.host(), broker.port());
        var thing = thing();
        var relayOff = new ArrayList<>(settings);
        relayOff.add("--emporium.messaging.outbox.relay-enabled=false");
        try (var first = start(relayOff)) {
            assertThat(first.getBean(OutboxRelay.class).isRunning()).isFalse();
            store(first, thing, "recovery");
            assertThat(published(first, thing)).isFalse();
        }

        try (var second = start(settings)) {
            eventually().until(() -> effects(second).count(thing) == 1);
            // Marked after the confirm, which may come after the consumer already handled the event.
            eventually().until(() -> published(second, thing));
        }
    }

    /**
     * Awaits a condition. Spring AMQP's own threads throw when the connection drops under them (logged, harmless);
     * that is the point of these tests, so it must not fail them.
     */
    private static ConditionFactory eventually() {
        return await().atMost(WAIT).dontCatchUncaughtExceptions();
    }

    private static List<String> settings(Map<String, String> database, String namespace, String host, int port) {
        var broker = TestInfrastructure.amqp();
        var settings = new ArrayList<String>();
        database.forEach((key, value) -> settings.add("--" + key + "=" + value));
        settings.add("--spring.rabbitmq.host=" + host);
        settings.add("--spring.rabbitmq.port=" + port);
        settings.add("--spring.rabbitmq.username=" + broker.username());
        settings.add("--spring.rabbitmq.password=" + broker.password());
        settings.add("--emporium.messaging.namespace=" + namespace);
        return settings;
    }

    private static Map<String, String> freshDatabase() {
        var postgres = TestInfrastructure.postgres();
        return Map.of(
                "spring.datasource.url", TestInfrastructure.createDatabase("recovery"),
                "spring.datasource.username", postgres.adminUser(),
                "spring.datasource.password", postgres.adminPassword());
    }

    private static int attempts(ConfigurableApplicationContext app, String thing) {
        return app.getBean(JdbcTemplate.class)
                .queryForObject("SELECT attempts FROM emporium_outbox WHERE subject = ?", Integer.class, thing);
    }
}

package org.emporium.statistics.support;

import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.platform.messaging.EventOutbox;
import org.emporium.platform.test.ApiClient;
import org.emporium.platform.test.RealInfrastructure;
import org.emporium.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one Spring context every statistics integration test shares: the whole service on a random port against real
 * PostgreSQL and the AMQP broker, with test tokens. Events reach it only through the broker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@ActiveProfiles("test")
public abstract class StatisticsIntegrationTest {
    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected EventOutbox outbox;

    @Autowired
    protected TransactionTemplate transactions;

    @Autowired
    protected MeterRegistry meters;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("emporium.security.issuer-uri", () -> TestTokens.ISSUER);
        registry.add("emporium.security.jwk-set-uri", TestTokens::jwkSetUri);
    }

    protected ApiClient as(String token) {
        return ApiClient.at("http://127.0.0.1:" + port).withBearer(token);
    }

    protected ApiClient admin() {
        return as(TestTokens.admin());
    }

    /** Publishes {@code event} through the outbox to the real broker, as its publisher would. */
    protected void publish(IntegrationEvent event) {
        transactions.executeWithoutResult(status -> outbox.add(event));
    }

    protected long consumedEvents() {
        return jdbc.sql("SELECT count(*) FROM consumed_events")
                .query(Long.class)
                .single();
    }

    /** Waits until {@code count} distinct events are in the consumed-events log. */
    protected void awaitConsumed(long count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> consumedEvents() >= count);
    }

    /** Deliveries the inbox recognised as already handled. */
    protected double duplicatesSeen() {
        return meters.find("emporium.messaging.consumed").tag("outcome", "duplicate").counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }
}

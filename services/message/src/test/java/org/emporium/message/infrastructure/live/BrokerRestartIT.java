package org.emporium.message.infrastructure.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.contracts.ordering.OrderPlaced;
import org.emporium.contracts.ordering.OrderStatusChanged;
import org.emporium.infra.embedded.EmbeddedAmqpBroker;
import org.emporium.infra.embedded.FreePorts;
import org.emporium.message.MessageApplication;
import org.emporium.message.application.Notify;
import org.emporium.message.domain.NotificationKind;
import org.emporium.message.support.LiveClient;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.messaging.EventOutbox;
import org.emporium.platform.test.ApiClient;
import org.emporium.platform.test.TestInfrastructure;
import org.emporium.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The AMQP broker stops and starts again while a live socket is open: every notification made meanwhile — from
 * events published to the outbox while the broker is away, and one stored directly whose live wake-up is lost — is
 * delivered on the same socket once the broker is back, in id order, each once; and live push works again after.
 *
 * <p>Runs its own instance of the service on its own broker (a persistent embedded Qpid, restarted on the same port
 * and work folder, as a real broker restart keeps durable queues) and its own database, so that nothing of the
 * shared test context can deliver the events in its place. The heartbeat is 2 s here (25 s in production): it is
 * the catch-up that makes good a wake-up lost while the broker was away.
 */
class BrokerRestartIT {
    private static final Duration BACK = Duration.ofSeconds(60);

    private EmbeddedAmqpBroker broker;
    private ConfigurableApplicationContext app;
    private Path brokerWork;

    @AfterEach
    void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void notificationsMadeWhileTheBrokerRestartsReachTheOpenSocketOnceItIsBack() throws Exception {
        brokerWork = Files.createTempDirectory("message-broker-restart");
        var brokerPort = FreePorts.find();
        broker = EmbeddedAmqpBroker.start(brokerWork, brokerPort);
        app = startService(brokerPort);
        var port = ((WebServerApplicationContext) app).getWebServer().getPort();
        var outbox = app.getBean(EventOutbox.class);
        var transactions = app.getBean(TransactionTemplate.class);
        var mediator = app.getBean(Mediator.class);
        var user = UUID.randomUUID();
        var order = UUID.randomUUID();
        var token =
                TestTokens.token(user.toString(), List.of("CUSTOMER"), null, TestTokens.ISSUER, Duration.ofMinutes(10));

        var ticket = ApiClient.at("http://127.0.0.1:" + port)
                .withBearer(token)
                .post("/api/message/live/ticket", null)
                .json()
                .get("ticket")
                .asString();
        try (var socket =
                LiveClient.connect(URI.create("ws://127.0.0.1:" + port + "/api/message/live?ticket=" + ticket))) {
            assertThat(socket.next().get("type").asString()).isEqualTo("hello");
            publish(
                    transactions,
                    outbox,
                    new OrderPlaced(
                            order,
                            user,
                            List.of(new OrderPlaced.Line(UUID.randomUUID(), 1, BigDecimal.TEN, "EUR")),
                            Instant.now()));
            assertThat(kindsOf(List.of(next(socket)))).containsExactly("ORDER_RECEIVED");

            broker.close();
            publish(transactions, outbox, statusChanged(order, user, "AWAITING_PAYMENT", 1));
            publish(transactions, outbox, statusChanged(order, user, "PAID", 2));
            mediator.send(new Notify(user, NotificationKind.WELCOME, Map.of("name", "while the broker is away")));
            Thread.sleep(3_000); // the broker stays away over a few relay attempts and heartbeats, no assertion
            broker = EmbeddedAmqpBroker.start(brokerWork, brokerPort);

            var afterRestart = new ArrayList<JsonNode>();
            for (int i = 0; i < 3; i++) {
                afterRestart.add(next(socket));
            }
            assertThat(kindsOf(afterRestart))
                    .containsExactlyInAnyOrder("ORDER_AWAITING_PAYMENT", "ORDER_PAID", "WELCOME");
            assertThat(afterRestart)
                    .extracting(frame -> frame.get("id").asLong())
                    .as("in id order, each once")
                    .isSorted()
                    .doesNotHaveDuplicates();
            assertThat(kindsOf(afterRestart).indexOf("ORDER_AWAITING_PAYMENT"))
                    .isLessThan(kindsOf(afterRestart).indexOf("ORDER_PAID"));

            publish(transactions, outbox, statusChanged(order, user, "SHIPPED", 3));
            assertThat(kindsOf(List.of(next(socket)))).containsExactly("ORDER_SHIPPED");
            assertThat(socket.closed).as("the socket stayed open throughout").isNotDone();
        }
    }

    /** The next notification frame (heartbeats skipped), waiting as long as the broker may take to come back. */
    private static JsonNode next(LiveClient socket) throws InterruptedException {
        var deadline = System.nanoTime() + BACK.toNanos();
        while (System.nanoTime() < deadline) {
            var frame = socket.nextContent();
            if (frame != null) {
                assertThat(frame.get("type").asString()).isEqualTo("notification");
                return frame;
            }
        }
        throw new AssertionError("no notification within " + BACK);
    }

    private static List<String> kindsOf(List<JsonNode> frames) {
        return frames.stream().map(frame -> frame.get("kind").asString()).toList();
    }

    private static void publish(TransactionTemplate transactions, EventOutbox outbox, IntegrationEvent event) {
        transactions.executeWithoutResult(status -> outbox.add(event));
    }

    private static OrderStatusChanged statusChanged(UUID order, UUID customer, String to, int sequence) {
        return new OrderStatusChanged(
                order,
                customer,
                null,
                to,
                null,
                new OrderStatusChanged.Totals(
                        "EUR", new BigDecimal("15.00"), new BigDecimal("2.50"), new BigDecimal("12.50"), null),
                List.of(),
                sequence,
                Instant.now());
    }

    private static ConfigurableApplicationContext startService(int brokerPort) {
        var pg = TestInfrastructure.postgres();
        var namespace = "restart" + UUID.randomUUID().toString().substring(0, 8);
        return new SpringApplicationBuilder(MessageApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + TestInfrastructure.createDatabase("message_restart"),
                        "--spring.datasource.username=" + pg.adminUser(),
                        "--spring.datasource.password=" + pg.adminPassword(),
                        "--spring.rabbitmq.host=127.0.0.1",
                        "--spring.rabbitmq.port=" + brokerPort,
                        "--spring.rabbitmq.username=" + EmbeddedAmqpBroker.USERNAME,
                        "--spring.rabbitmq.password=" + EmbeddedAmqpBroker.PASSWORD,
                        "--emporium.messaging.namespace=" + namespace,
                        "--emporium.message.live.exchange=" + namespace + ".message.live",
                        "--emporium.message.live.heartbeat=2s",
                        "--emporium.security.issuer-uri=" + TestTokens.ISSUER,
                        "--emporium.security.jwk-set-uri=" + TestTokens.jwkSetUri());
    }
}

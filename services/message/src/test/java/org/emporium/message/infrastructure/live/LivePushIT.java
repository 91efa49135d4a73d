package org.emporium.message.infrastructure.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.emporium.message.MessageApplication;
import org.emporium.message.application.LiveTicketRules;
import org.emporium.message.application.Notify;
import org.emporium.message.domain.NotificationKind;
import org.emporium.message.support.LiveClient;
import org.emporium.message.support.MessageIntegrationTest;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.test.ApiClient;
import org.emporium.platform.test.TestTokens;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** Live push over a real WebSocket and SSE, and fan-out to a second instance through the real broker. */
class LivePushIT extends MessageIntegrationTest {
    private static @Nullable ConfigurableApplicationContext second;

    @Autowired
    Mediator mediator;

    @Autowired
    Environment environment;

    private long notify(UUID user, String name) {
        return mediator.send(new Notify(user, NotificationKind.WELCOME, Map.of("name", name)));
    }

    private String ticket(String token, int port) {
        var response =
                ApiClient.at("http://127.0.0.1:" + port).withBearer(token).post("/api/message/live/ticket", null);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("ticket").asString();
    }

    private LiveClient socket(String token, int port, String query) {
        return LiveClient.connect(
                URI.create("ws://127.0.0.1:" + port + "/api/message/live?ticket=" + ticket(token, port) + query));
    }

    @Test
    void aSocketReceivesEachNewNotificationOfItsUserOnly() throws Exception {
        var user = UUID.randomUUID();
        var other = UUID.randomUUID();
        try (var mine = socket(customer(user), port, "");
                var theirs = socket(customer(other), port, "")) {
            assertThat(mine.next().get("type").asString()).isEqualTo("hello");
            assertThat(theirs.next().get("type").asString()).isEqualTo("hello");

            var id = notify(user, "Live");
            var frame = mine.nextContent();
            assertThat(frame.get("type").asString()).isEqualTo("notification");
            assertThat(frame.get("id").asLong()).isEqualTo(id);
            assertThat(frame.get("title").asString()).isEqualTo("Welcome to Emporium, Live");

            var marker = notify(other, "Marker");
            assertThat(theirs.nextContent().get("id").asLong())
                    .as("the other user's first frame is their own, nothing of the first user's")
                    .isEqualTo(marker);
        }
    }

    @Test
    void aReconnectWithTheLastIdGetsWhatItMissedInOrder() throws Exception {
        var user = UUID.randomUUID();
        var seen = notify(user, "seen");
        var missed1 = notify(user, "missed 1");
        var missed2 = notify(user, "missed 2");

        try (var socket = socket(customer(user), port, "&after=" + seen)) {
            assertThat(socket.next().get("type").asString()).isEqualTo("hello");
            assertThat(socket.nextContent().get("id").asLong()).isEqualTo(missed1);
            assertThat(socket.nextContent().get("id").asLong()).isEqualTo(missed2);

            socket.send("{\"type\":\"resume\",\"after\":" + seen + "}");
            assertThat(socket.nextContent().get("id").asLong()).isEqualTo(missed1);
            assertThat(socket.nextContent().get("id").asLong()).isEqualTo(missed2);
            socket.send("not json");
            assertThat(socket.nextContent().get("code").asString()).isEqualTo("MESSAGE.INVALID_FRAME");
        }
    }

    @Test
    void aTicketWorksOnceAndOnlyWithAToken() {
        var token = customer(UUID.randomUUID());
        var ticket = ticket(token, port);
        var uri = URI.create("ws://127.0.0.1:" + port + "/api/message/live?ticket=" + ticket);
        LiveClient.connect(uri).close();

        assertThatThrownBy(() -> LiveClient.connect(uri)).as("a used ticket").isNotNull();
        assertThatThrownBy(() -> LiveClient.connect(URI.create("ws://127.0.0.1:" + port + "/api/message/live")))
                .as("no ticket")
                .isNotNull();
        assertThat(as(null).post("/api/message/live/ticket", null).status()).isEqualTo(401);
    }

    @Test
    void aUserHoldsAtMostTenTicketsAndIssuingMoreDropsTheOldest() {
        var token = customer(UUID.randomUUID());
        var oldest = ticket(token, port);
        var rest = new ArrayList<String>();
        for (var i = 0; i < LiveTicketRules.MAX_PER_USER; i++) {
            rest.add(ticket(token, port));
        }
        var live = "ws://127.0.0.1:" + port + "/api/message/live?ticket=";
        assertThatThrownBy(() -> LiveClient.connect(URI.create(live + oldest)))
                .as("the oldest ticket, dropped by the eleventh")
                .isNotNull();
        LiveClient.connect(URI.create(live + rest.getFirst())).close();
        LiveClient.connect(URI.create(live + rest.getLast())).close();
    }

    @Test
    void theSocketIsClosedWhenItsTokenExpires() throws Exception {
        var user = UUID.randomUUID();
        var shortLived =
                TestTokens.token(user.toString(), List.of("CUSTOMER"), null, TestTokens.ISSUER, Duration.ofSeconds(3));
        var socket = socket(shortLived, port, "");

        assertThat(socket.closed.get(20, TimeUnit.SECONDS)).isEqualTo(4001);
    }

    @Test
    void theEventStreamDeliversWithIdsAndResumesFromLastEventId() throws Exception {
        var user = UUID.randomUUID();
        var seen = notify(user, "seen");
        var missed = notify(user, "missed");
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/message/stream"))
                .header("Authorization", "Bearer " + customer(user))
                .header("Last-Event-ID", Long.toString(seen))
                .header("Accept", "text/event-stream")
                .build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            var ids = new ArrayList<String>();
            var live = -1L;
            String line;
            while ((line = lines.readLine()) != null && ids.size() < 2) {
                if (line.startsWith("id:")) {
                    ids.add(line.substring(3).strip());
                    if (ids.size() == 1) {
                        live = notify(user, "live");
                    }
                }
            }
            assertThat(ids).containsExactly(Long.toString(missed), Long.toString(live));
        }
        var other = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/message/stream"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(other.statusCode()).isEqualTo(401);
    }

    @Test
    void aNotificationCreatedOnOneInstanceReachesASocketOnAnother() throws Exception {
        var otherPort = secondInstancePort();
        var user = UUID.randomUUID();
        try (var socket = socket(customer(user), otherPort, "")) {
            assertThat(socket.next().get("type").asString()).isEqualTo("hello");

            var id = notify(user, "from A");

            var frame = socket.nextContent();
            assertThat(frame).as("a frame on instance B").isNotNull();
            assertThat(frame.get("id").asLong()).isEqualTo(id);
        }
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
            second = null;
        }
    }

    /** A second instance of the service on the same database and live exchange (another replica). */
    private synchronized int secondInstancePort() {
        if (second == null) {
            String[] keys = {
                "spring.datasource.url",
                "spring.datasource.username",
                "spring.datasource.password",
                "spring.rabbitmq.host",
                "spring.rabbitmq.port",
                "spring.rabbitmq.username",
                "spring.rabbitmq.password",
                "emporium.security.issuer-uri",
                "emporium.security.jwk-set-uri"
            };
            var properties = new ArrayList<String>();
            for (var key : keys) {
                properties.add("--" + key + "=" + environment.getProperty(key));
            }
            properties.add("--server.port=0");
            // Its own broker namespace (closing it deletes that namespace's queues, not the shared context's) and
            // no outbox relay (the shared context's events stay on the shared context's exchange); the same live
            // exchange, which is what is under test.
            var namespace = environment.getProperty("emporium.messaging.namespace");
            properties.add("--emporium.messaging.namespace=" + namespace + "b");
            properties.add("--emporium.messaging.outbox.relay-enabled=false");
            properties.add("--emporium.message.live.exchange=" + namespace + ".message.live");
            second = new SpringApplicationBuilder(MessageApplication.class)
                    .profiles("test")
                    .run(properties.toArray(String[]::new));
        }
        return ((WebServerApplicationContext) second).getWebServer().getPort();
    }
}

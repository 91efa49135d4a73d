package org.emporium.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.emporium.web.support.SignedInWebTest;
import org.emporium.web.support.StubGateway;
import org.junit.jupiter.api.Test;

/**
 * {@code /live/events} relays message's SSE stream ({@code UpstreamSse}) with the session's token: events and
 * heartbeats pass through as they come, each side's end ends the other, and a visitor gets no stream.
 */
class LiveRelayIT extends SignedInWebTest {
    private static final String HELLO = "{\"type\":\"hello\",\"id\":6}";
    private static final String NOTIFICATION =
            "{\"type\":\"notification\",\"id\":7,\"kind\":\"ORDER_PAID\",\"title\":\"Paid\",\"link\":\"/orders/x\"}";

    @Test
    void relaysEventsAndHeartbeatsWithTheUsersToken() throws Exception {
        var user = aCustomer();
        var browser = signIn(user);
        stub.stream("/api/message/stream", (request, out) -> {
            out.write(("event: hello\ndata: " + HELLO + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            out.write(": heartbeat\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            out.write(("id: 7\nevent: notification\ndata: " + NOTIFICATION + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        });

        var lines = readAll(browser, "Last-Event-ID", "5");

        assertThat(lines)
                .containsSubsequence("event:hello", "data:" + HELLO, "", ":heartbeat", "")
                .containsSubsequence("id:7", "event:notification", "data:" + NOTIFICATION, "");
        var upstream = stub.received("GET", "/api/message/stream").getFirst();
        assertThat(upstream.header("Authorization")).startsWith("Bearer ey");
        assertThat(upstream.header("Accept")).contains("text/event-stream");
        assertThat(upstream.query()).isEqualTo("after=5");
    }

    @Test
    void passesEachEventOnAsItComes() throws Exception {
        var browser = signIn(aCustomer());
        var release = new CountDownLatch(1);
        stub.stream("/api/message/stream", (request, out) -> {
            out.write(("event: hello\ndata: " + HELLO + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            release.await(10, TimeUnit.SECONDS);
        });

        var response = open(browser);
        try (var reader = reader(response)) {
            // the first event arrives while upstream still holds its stream open
            assertThat(reader.readLine()).isEqualTo("event:hello");
            assertThat(reader.readLine()).isEqualTo("data:" + HELLO);
        } finally {
            release.countDown();
        }
    }

    @Test
    void closesUpstreamWhenTheBrowserLeaves() throws Exception {
        var browser = signIn(aCustomer());
        var upstreamClosed = new CountDownLatch(1);
        stub.stream("/api/message/stream", (request, out) -> {
            try {
                out.write(("event: hello\ndata: " + HELLO + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                for (int i = 0; i < 300; i++) {
                    Thread.sleep(100);
                    out.write(": heartbeat\n\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (IOException e) {
                upstreamClosed.countDown();
            }
        });

        var response = open(browser);
        var reader = reader(response);
        assertThat(reader.readLine()).isEqualTo("event:hello");
        reader.close(); // the browser goes away

        assertThat(upstreamClosed.await(15, TimeUnit.SECONDS))
                .as("the relay closes message's stream once the browser has gone")
                .isTrue();
    }

    @Test
    void endsTheBrowsersStreamWhenUpstreamEnds() throws Exception {
        var browser = signIn(aCustomer());
        stub.stream("/api/message/stream", (request, out) -> {
            out.write(("event: hello\ndata: " + HELLO + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        });

        var lines = readAll(browser);

        assertThat(lines).contains("event:hello");
    }

    @Test
    void refreshesAnExpiredAccessTokenBeforeOpeningTheStream() throws Exception {
        // 30 s is inside the client's 60 s clock skew: the token counts as expired at the first call
        var user = new StubGateway.User(
                java.util.UUID.randomUUID().toString(),
                "Short Lived",
                "short@example.com",
                List.of("CUSTOMER"),
                Duration.ofSeconds(30));
        var browser = signIn(user);
        stub.stream("/api/message/stream", (request, out) -> {
            out.write(("event: hello\ndata: " + HELLO + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        });

        readAll(browser);

        var refreshes = stub.received("POST", "/oauth2/token").stream()
                .filter(r -> "refresh_token".equals(r.form().get("grant_type")))
                .toList();
        assertThat(refreshes).hasSize(1);
        var grantAnswered = stub.received("GET", "/api/message/stream").getFirst();
        assertThat(grantAnswered.header("Authorization")).startsWith("Bearer ");
    }

    @Test
    void refusesAVisitor() throws Exception {
        var answer = get("/live/events", "Accept", "text/event-stream");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(stub.received("GET", "/api/message/stream")).isEmpty();
    }

    @Test
    void answers401WhenMessageRefusesTheToken() throws Exception {
        var browser = signIn(aCustomer());
        stub.answer("GET", "/api/message/stream", 401, "{\"status\":401}");

        var answer = browser.get("/live/events", "Accept", "text/event-stream");

        assertThat(answer.statusCode()).isEqualTo(401);
    }

    private HttpResponse<java.io.InputStream> open(Browser browser, String... headers) throws Exception {
        var request = browser.request("/live/events").header("Accept", "text/event-stream");
        if (headers.length > 0) {
            request.headers(headers);
        }
        var response = HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        return response;
    }

    private List<String> readAll(Browser browser, String... headers) throws Exception {
        var lines = new ArrayList<String>();
        try (var reader = reader(open(browser, headers))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static BufferedReader reader(HttpResponse<java.io.InputStream> response) {
        return new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    }
}

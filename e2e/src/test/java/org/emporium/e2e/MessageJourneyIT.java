package org.emporium.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.emporium.launcher.ServiceRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live push through the gateway only (issue 14's e2e): a customer with an open WebSocket checks out and receives
 * "order received" and then "awaiting payment" without polling; a reconnect with the last id gets what it missed; a
 * second user receives nothing of the first's; a WebSocket and an SSE stream left idle for longer than the gateway's
 * message route timeout (60 s) are neither cut nor buffered, and still deliver.
 */
@Order(1)
@ExtendWith(PlatformExtension.class)
class MessageJourneyIT {
    private static final Duration ASYNC = Duration.ofSeconds(60);
    /** Longer than message's route timeout in the gateway (60 s), so only the 25 s heartbeats keep the line busy. */
    private static final Duration IDLE = Duration.ofSeconds(75);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private EmporiumClient client;
    private EmporiumClient.Token admin;

    @BeforeEach
    void setUp(RunningPlatform platform) {
        assertThat(platform.services().stream().map(s -> s.name())).contains("message", "ordering");
        client = platform.client();
        admin = client.login(ServiceRegistry.DEMO_ACCOUNTS.get(0));
    }

    @Test
    void aCustomerWithAnOpenSocketHearsOfTheirCheckoutResumesFromTheLastIdAndHearsNothingOfOthers() throws Exception {
        var shopper = client.newCustomer();
        var other = client.newCustomer();
        var product = Shop.newProduct(
                client, admin, "Live Lamp " + UUID.randomUUID().toString().substring(0, 6), "19.00", 5);

        try (var mine = connect(shopper, null);
                var theirs = connect(other, null)) {
            var added = client.post("/api/basket/lines", Map.of("productId", product, "quantity", 1), shopper);
            assertThat(added.status()).as(added.toString()).isEqualTo(200);
            var placed = client.placeOrder(shopper, "live-" + UUID.randomUUID(), Map.of("shippingAddress", address()));
            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
            var order = placed.json().path("id").asString();

            var received = mine.nextNotification(MessageJourneyIT::aboutAnOrder);
            assertThat(received.path("kind").asString()).isEqualTo("ORDER_RECEIVED");
            assertThat(received.path("link").asString()).isEqualTo("/orders/" + order);
            var awaiting = mine.nextNotification(MessageJourneyIT::aboutAnOrder);
            assertThat(awaiting.path("kind").asString()).isEqualTo("ORDER_AWAITING_PAYMENT");
            assertThat(awaiting.path("id").asLong())
                    .isGreaterThan(received.path("id").asLong());
            assertThat(awaiting.path("body").asString()).contains("19.00");

            mine.close();
            var paid = client.post(
                    "/api/ordering/orders/" + order + "/payment",
                    Map.of(
                            "cardNumber",
                            "4242 4242 4242 4242",
                            "expiry",
                            "12/39",
                            "cvc",
                            "123",
                            "cardholder",
                            "Erika Mustermann"),
                    shopper);
            assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
            await().atMost(ASYNC)
                    .untilAsserted(() -> assertThat(client.get("/api/message/notifications", shopper)
                                    .json()
                                    .path("items")
                                    .get(0)
                                    .path("kind")
                                    .asString())
                            .as("the payment's notification is stored while the socket is away")
                            .isEqualTo("ORDER_PAID"));

            try (var resumed = connect(shopper, received.path("id").asLong())) {
                assertThat(resumed.nextContent().path("type").asString()).isEqualTo("hello");
                var missed = List.of(
                        resumed.nextNotification(MessageJourneyIT::aboutAnOrder),
                        resumed.nextNotification(MessageJourneyIT::aboutAnOrder));
                assertThat(missed)
                        .extracting(n -> n.path("kind").asString())
                        .containsExactly("ORDER_AWAITING_PAYMENT", "ORDER_PAID");
                assertThat(missed.get(0).path("id").asLong())
                        .isEqualTo(awaiting.path("id").asLong());
            }

            var othersFrames = theirs.drain(Duration.ofSeconds(3));
            assertThat(othersFrames)
                    .as("the other user's socket")
                    .noneMatch(frame -> frame.toString().contains(order))
                    .allMatch(frame -> !"notification".equals(frame.path("type").asString())
                            || "WELCOME".equals(frame.path("kind").asString()));
            assertThat(client.get("/api/message/notifications", other).body()).doesNotContain(order);
        }
    }

    @Test
    void anIdleSocketAndAnIdleEventStreamOutliveTheGatewaysRouteTimeoutAndStillDeliver() throws Exception {
        var customer = client.newCustomer();
        var opened = client.post(
                "/api/message/conversations", Map.of("subject", "Idle line", "text", "Anyone there?"), customer);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        var conversation = opened.json().path("id").asString();

        try (var socket = connect(customer, null);
                var stream = EventStream.open(client.gateway(), customer)) {
            assertThat(socket.nextContent().path("type").asString()).isEqualTo("hello");
            assertThat(stream.next().event())
                    .as("the first event arrives at once: the gateway does not buffer the stream")
                    .isEqualTo("hello");

            Thread.sleep(IDLE.toMillis()); // the idle period under test, not a timing assertion

            assertThat(socket.closed).as("the socket is still open").isNotDone();
            assertThat(socket.heartbeats.get()).as("heartbeats on the socket").isGreaterThanOrEqualTo(2);
            assertThat(stream.failure).as("the stream is still open").isNotDone();
            assertThat(stream.comments.get()).as("heartbeats on the stream").isGreaterThanOrEqualTo(2);

            var reply = client.post(
                    "/api/message/conversations/" + conversation + "/messages", Map.of("text", "Yes, here."), admin);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);

            var frame = socket.nextNotification(n -> true);
            assertThat(frame.path("kind").asString()).isEqualTo("CONVERSATION_REPLY");
            assertThat(frame.path("body").asString()).isEqualTo("Yes, here.");
            var event = stream.next();
            while (!"notification".equals(event.event())) {
                event = stream.next();
            }
            var data = JSON.readTree(event.data());
            assertThat(data.path("kind").asString()).isEqualTo("CONVERSATION_REPLY");
            assertThat(event.id()).isEqualTo(data.path("id").asString());
        }
    }

    private LiveSocket connect(EmporiumClient.Token user, Long after) {
        var ticket = client.post("/api/message/live/ticket", null, user);
        assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
        var gateway = client.gateway().toString().replaceFirst("^http", "ws");
        var uri = URI.create(gateway.replaceAll("/$", "") + "/api/message/live?ticket="
                + ticket.json().path("ticket").asString() + (after == null ? "" : "&after=" + after));
        return LiveSocket.connect(uri);
    }

    private static boolean aboutAnOrder(JsonNode notification) {
        return notification.path("kind").asString().startsWith("ORDER_");
    }

    private static Map<String, Object> address() {
        return Map.of(
                "name", "Erika Mustermann",
                "line1", "Heidestraße 17",
                "postalCode", "51147",
                "city", "Köln",
                "country", "DE");
    }

    /** A WebSocket client of /api/message/live that queues every frame but heartbeats, which it counts. */
    static final class LiveSocket implements WebSocket.Listener, AutoCloseable {
        private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        final AtomicInteger heartbeats = new AtomicInteger();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private WebSocket socket;

        static LiveSocket connect(URI uri) {
            var live = new LiveSocket();
            live.socket = HTTP.newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(uri, live)
                    .join();
            return live;
        }

        /** The next frame that is not a heartbeat; fails after 30 s. */
        JsonNode nextContent() throws InterruptedException {
            var frame = frames.poll(30, TimeUnit.SECONDS);
            assertThat(frame).as("a frame within 30 s").isNotNull();
            return frame;
        }

        /** The next notification frame that matches, skipping others (e.g. the welcome); fails after 60 s. */
        JsonNode nextNotification(java.util.function.Predicate<JsonNode> wanted) throws InterruptedException {
            var deadline = System.nanoTime() + ASYNC.toNanos();
            while (System.nanoTime() < deadline) {
                var frame = frames.poll(1, TimeUnit.SECONDS);
                if (frame != null && "notification".equals(frame.path("type").asString()) && wanted.test(frame)) {
                    return frame;
                }
            }
            throw new AssertionError("no matching notification within " + ASYNC);
        }

        /** Every frame that arrives within {@code quiet}. */
        List<JsonNode> drain(Duration quiet) throws InterruptedException {
            Thread.sleep(quiet.toMillis()); // let stray frames arrive, not a timing assertion
            var all = new ArrayList<JsonNode>();
            frames.drainTo(all);
            return all;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                var frame = JSON.readTree(partial.toString());
                partial.setLength(0);
                if ("heartbeat".equals(frame.path("type").asString())) {
                    heartbeats.incrementAndGet();
                } else {
                    frames.add(frame);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }

        @Override
        public void close() {
            if (socket != null && !socket.isOutputClosed()) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
            }
            if (socket != null) {
                socket.abort();
            }
        }
    }

    /** An SSE client of /api/message/stream reading line by line as the bytes arrive. */
    static final class EventStream implements AutoCloseable {
        record Event(String event, String id, String data) {}

        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        final AtomicInteger comments = new AtomicInteger();
        final CompletableFuture<Throwable> failure = new CompletableFuture<>();
        private final Thread reader;
        private volatile java.io.InputStream body;

        private EventStream(URI gateway, EmporiumClient.Token user) {
            var request = HttpRequest.newBuilder(gateway.resolve("/api/message/stream"))
                    .header("Accept", "text/event-stream")
                    .header("Authorization", user.authorization())
                    .GET()
                    .build();
            reader = Thread.ofVirtual().start(() -> read(request));
        }

        static EventStream open(URI gateway, EmporiumClient.Token user) {
            return new EventStream(gateway, user);
        }

        private void read(HttpRequest request) {
            try {
                var response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() != 200) {
                    failure.complete(new IllegalStateException("status " + response.statusCode()));
                    return;
                }
                body = response.body();
                var lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
                String event = "message";
                String id = "";
                var data = new StringBuilder();
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.isEmpty()) {
                        if (!data.isEmpty()) {
                            events.add(new Event(event, id, data.toString()));
                        }
                        event = "message";
                        id = "";
                        data.setLength(0);
                    } else if (line.startsWith(":")) {
                        comments.incrementAndGet();
                    } else if (line.startsWith("event:")) {
                        event = line.substring(6).strip();
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    }
                }
                failure.complete(new IllegalStateException("the stream ended"));
            } catch (Exception e) {
                failure.complete(e);
            }
        }

        /** The next event; fails after 30 s. */
        Event next() throws InterruptedException {
            var event = events.poll(30, TimeUnit.SECONDS);
            assertThat(event)
                    .as("an event within 30 s (stream failure: %s)", failure.getNow(null))
                    .isNotNull();
            return event;
        }

        @Override
        public void close() throws Exception {
            if (body != null) {
                body.close();
            }
            reader.interrupt();
        }
    }
}

package org.emporium.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * A real HTTP upstream for tests: answers every request with a small JSON document, records what it received, and
 * can be slowed down, stopped and started again on the same port.
 */
final class StubService implements AutoCloseable {
    /** One request as the service saw it; header names lower-cased. */
    record Received(String method, String uri, Map<String, List<String>> headers) {
        String header(String name) {
            var values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.getFirst();
        }
    }

    private final String name;
    private final Map<String, Supplier<String>> fixed = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Duration delay = Duration.ZERO;
    private volatile int port;
    private HttpServer server;

    private StubService(String name) {
        this.name = name;
    }

    static StubService start(String name) {
        var stub = new StubService(name);
        stub.bind(0);
        return stub;
    }

    /** Serves {@code body} (JSON) at exactly {@code path}. */
    StubService serve(String path, Supplier<String> body) {
        fixed.put(path, body);
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    Received last() {
        return received.getLast();
    }

    long count(String pathPrefix) {
        return received.stream().filter(r -> r.uri().startsWith(pathPrefix)).count();
    }

    void reset() {
        received.clear();
        delay = Duration.ZERO;
    }

    void delay(Duration delay) {
        this.delay = delay;
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    synchronized void restart() {
        stop();
        bind(port);
    }

    @Override
    public void close() {
        stop();
    }

    private synchronized void bind(int wanted) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted), 100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var headers = new TreeMap<String, List<String>>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            exchange.getRequestBody().readAllBytes();
            var uri = exchange.getRequestURI().toString();
            received.add(new Received(exchange.getRequestMethod(), uri, headers));
            if (!delay.isZero()) {
                Thread.sleep(delay);
            }
            var path = exchange.getRequestURI().getPath();
            var body = fixed.containsKey(path)
                    ? fixed.get(path).get()
                    : "{\"service\":\"" + name + "\",\"method\":\"" + exchange.getRequestMethod() + "\"}";
            var bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

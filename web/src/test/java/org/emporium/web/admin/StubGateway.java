package org.emporium.web.admin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Pattern;

/**
 * The web app's boundary in the back-office tests: a real HTTP server standing in for the gateway, answering canned
 * service responses (the services' documented shapes) and recording every request the web app made, so a test sees
 * exactly what a form posted (method, path, headers such as {@code If-Match} and {@code Authorization}, body). A route
 * added later wins over an earlier one with the same method and path pattern; {@link #reset()} goes back to the
 * defaults. A {@link #stream} route keeps its answer open for the test to write server-sent events into.
 */
final class StubGateway {
    /** One request as the stub received it. */
    record Call(String method, String path, String query, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A canned answer. */
    record Answer(int status, String contentType, String body, Map<String, String> headers) {}

    /** An open event stream the test writes to; closing it ends the answer. */
    static final class Stream {
        private final OutputStream out;
        private final CountDownLatch closed = new CountDownLatch(1);
        final Call call;

        Stream(OutputStream out, Call call) {
            this.out = out;
            this.call = call;
        }

        synchronized void write(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        void close() {
            try {
                out.close();
            } catch (IOException e) {
                // the web app went first
            }
            closed.countDown();
        }
    }

    private record Route(String method, Pattern path, Answer answer, boolean stream, boolean drop) {}

    private final HttpServer server;
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    final BlockingQueue<Stream> streams = new LinkedBlockingQueue<>();

    private StubGateway(HttpServer server) {
        this.server = server;
    }

    static StubGateway start() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            var stub = new StubGateway(server);
            server.createContext("/", stub::handle);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            stub.reset();
            return stub;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void reset() {
        routes.clear();
        calls.clear();
        streams.clear();
        Canned.defaults(this);
    }

    StubGateway json(String method, String pathRegex, String body) {
        return answer(method, pathRegex, 200, body);
    }

    StubGateway json(String method, String pathRegex, String body, Map<String, String> headers) {
        routes.add(new Route(
                method, Pattern.compile(pathRegex), new Answer(200, "application/json", body, headers), false, false));
        return this;
    }

    StubGateway answer(String method, String pathRegex, int status, String body) {
        var type = status >= 400 ? "application/problem+json" : "application/json";
        routes.add(
                new Route(method, Pattern.compile(pathRegex), new Answer(status, type, body, Map.of()), false, false));
        return this;
    }

    /** A problem answer in the platform's shape. */
    StubGateway problem(String method, String pathRegex, int status, String code, String detail, String extra) {
        return answer(
                method,
                pathRegex,
                status,
                "{\"status\":" + status + ",\"code\":\"" + code + "\",\"detail\":\"" + detail + "\""
                        + (extra.isEmpty() ? "" : "," + extra) + "}");
    }

    StubGateway stream(String method, String pathRegex) {
        routes.add(new Route(
                method, Pattern.compile(pathRegex), new Answer(200, "text/event-stream", "", Map.of()), true, false));
        return this;
    }

    /** Closes the connection without an answer, as a gateway that went away would. */
    StubGateway drop(String method, String pathRegex) {
        routes.add(new Route(method, Pattern.compile(pathRegex), new Answer(0, "", "", Map.of()), false, true));
        return this;
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The requests with this method whose path matches. */
    List<Call> calls(String method, String pathRegex) {
        var pattern = Pattern.compile(pathRegex);
        var found = new ArrayList<Call>();
        for (var call : calls) {
            if (call.method().equals(method) && pattern.matcher(call.path()).matches()) {
                found.add(call);
            }
        }
        return found;
    }

    private void handle(HttpExchange exchange) throws IOException {
        var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var uri = exchange.getRequestURI();
        var call = new Call(
                exchange.getRequestMethod(),
                uri.getPath(),
                uri.getRawQuery() == null ? "" : uri.getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()),
                body);
        calls.add(call);
        Route route = null;
        for (int i = routes.size() - 1; i >= 0; i--) {
            var candidate = routes.get(i);
            if (candidate.method().equals(call.method())
                    && candidate.path().matcher(call.path()).matches()) {
                route = candidate;
                break;
            }
        }
        if (route == null) {
            send(
                    exchange,
                    new Answer(
                            404,
                            "application/problem+json",
                            "{\"status\":404,\"code\":\"REQUEST.NOT_FOUND\",\"detail\":\"No stub for " + call.method()
                                    + " " + call.path() + "\"}",
                            Map.of()));
            return;
        }
        if (route.drop()) {
            exchange.close();
            return;
        }
        if (route.stream()) {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            var stream = new Stream(exchange.getResponseBody(), call);
            // The JDK server sends the headers with the first bytes; statistics, too, starts with a comment.
            stream.write(":open\n\n");
            streams.add(stream);
            try {
                stream.closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        send(exchange, route.answer());
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        var bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        if (answer.status() == 204 || bytes.length == 0) {
            exchange.sendResponseHeaders(answer.status(), -1);
        } else {
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (var out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }
}

package org.emporium.launcher;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in for a service's executable jar in launcher tests: answers readiness and reports its pid on {@code
 * SERVER_PORT} like a Spring Boot service does, and runs until it is stopped.
 */
public final class FakeService {
    private FakeService() {}

    public static void main(String[] args) throws IOException {
        var server = HttpServer.create(
                new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getenv("SERVER_PORT"))), 0);
        server.createContext("/actuator/health/readiness", exchange -> answer(exchange, "{\"status\":\"UP\"}"));
        server.createContext(
                "/actuator/info",
                exchange -> answer(
                        exchange,
                        "{\"process\":{\"pid\":" + ProcessHandle.current().pid() + "}}"));
        server.start();
        System.out.println("fake service ready");
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
        var body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}

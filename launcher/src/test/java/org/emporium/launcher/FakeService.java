package org.emporium.launcher;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A stand-in for a service's executable jar in launcher tests: answers readiness and reports its pid on {@code
 * SERVER_PORT} like a Spring Boot service does, and runs until it is stopped. {@code FAKE_SERVICE_DELAY_MS} delays
 * its start (a slow service).
 */
public final class FakeService {
    private FakeService() {}

    /** Writes an executable jar of this class at {@code jar}. */
    static void writeJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        var entry = FakeService.class.getName().replace('.', '/') + ".class";
        try (var out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                var in = FakeService.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
    }

    /** Writes a jar whose main class does not exist: its JVM prints why and exits with code 1. */
    static void writeBrokenJar(Path jar, String missingMainClass) throws IOException {
        Files.createDirectories(jar.getParent());
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, missingMainClass);
        try (var out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        var delay = System.getenv("FAKE_SERVICE_DELAY_MS");
        if (delay != null) {
            Thread.sleep(Long.parseLong(delay));
        }
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

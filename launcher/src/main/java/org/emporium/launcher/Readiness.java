package org.emporium.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a service whether it is ready: {@code GET /actuator/health/readiness} answering 200. */
final class Readiness {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(1))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /** The outcome of one probe; {@code status} is the HTTP status or -1 when nothing answered. */
    record Probe(int status) {
        boolean ready() {
            return status == 200;
        }

        String describe() {
            return switch (status) {
                case 200 -> "UP";
                case -1 -> "not responding";
                default -> "not ready (HTTP " + status + ")";
            };
        }
    }

    private Readiness() {}

    static Probe probe(int port) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(3))
                .GET()
                .build();
        try {
            return new Probe(
                    HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException e) {
            return new Probe(-1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(-1);
        }
    }
}

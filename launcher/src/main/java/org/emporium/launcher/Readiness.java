package org.emporium.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Asks a service whether it is ready: {@code GET /actuator/health/readiness} answering 200 — and, for a process
 * we started, that it is really ours answering: {@code /actuator/info} reports its pid, so another program that
 * took the port in the meantime is never mistaken for our service.
 */
final class Readiness {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(1))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /**
     * The outcome of one probe; {@code status} is the HTTP status or -1 when nothing answered; {@code foreignPid}
     * is set when a different process than the expected one answered.
     */
    record Probe(int status, long foreignPid) {
        Probe(int status) {
            this(status, 0);
        }

        boolean ready() {
            return status == 200 && foreignPid == 0;
        }

        boolean answeredByAnotherProcess() {
            return foreignPid != 0;
        }

        String describe() {
            if (foreignPid != 0) {
                return "port answered by another process (pid " + foreignPid + ")";
            }
            return switch (status) {
                case 200 -> "UP";
                case -1 -> "not responding";
                default -> "not ready (HTTP " + status + ")";
            };
        }
    }

    private static final java.util.regex.Pattern PID = java.util.regex.Pattern.compile("\"pid\"\\s*:\\s*(\\d+)");

    /** Like {@link #probe(int)}, but only ready when the process answering is {@code expectedPid}. */
    static Probe probe(int port, long expectedPid) {
        var readiness = probe(port);
        if (!readiness.ready()) {
            return readiness;
        }
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/info"))
                .timeout(Duration.ofSeconds(3))
                .GET()
                .build();
        try {
            var body = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
            var matcher = PID.matcher(body);
            if (matcher.find()) {
                var pid = Long.parseLong(matcher.group(1));
                return pid == expectedPid ? readiness : new Probe(readiness.status(), pid);
            }
            return readiness; // a service without process info: trust the readiness answer
        } catch (IOException e) {
            return new Probe(-1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(-1);
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

package org.emporium.web.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.emporium.web.gateway.ServiceProblem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Relays one upstream Server-Sent Events stream (a service's, through the gateway) to the browser as an
 * {@link SseEmitter}: events keep their {@code id}, {@code event} name and {@code data}; comments (the services'
 * heartbeats) pass through as comments, so the browser's connection is never silent for longer than upstream's.
 *
 * <p>The upstream request is sent from the calling (request) thread, so a client carrying the signed-in user's token
 * ({@code Gateway.user()}) finds the session and refreshes an expired token there; reading then runs on its own
 * virtual thread. Either side ending ends the other: upstream closing completes the browser's stream (the browser's
 * {@code EventSource} reconnects, with {@code Last-Event-ID}), and the browser going away (seen at the next write, at
 * the latest the next heartbeat), an error or the {@code timeout} closes the upstream connection.
 *
 * <p>An upstream refusal (not 2xx) is thrown as a {@link ServiceProblem} before any event is sent.
 */
@Component
public class UpstreamSse {
    private static final Logger log = LoggerFactory.getLogger(UpstreamSse.class);

    /** Opens {@code uri} on {@code client} and relays it; see {@link #relay(RestClient.RequestHeadersSpec, Duration)}. */
    public SseEmitter relay(RestClient client, String uri, Duration timeout) {
        return relay(client.get().uri(uri), timeout);
    }

    /**
     * Sends {@code upstream} (with {@code Accept: text/event-stream}) and relays its events until either side ends or
     * {@code timeout} has passed.
     */
    public SseEmitter relay(RestClient.RequestHeadersSpec<?> upstream, Duration timeout) {
        ClientHttpResponse response =
                upstream.accept(MediaType.TEXT_EVENT_STREAM).exchange((request, answer) -> answer, false);
        try {
            var status = response.getStatusCode();
            if (!status.is2xxSuccessful()) {
                throw new ServiceProblem(status.value(), null, "The live stream answered " + status.value(), Map.of());
            }
        } catch (IOException e) {
            close(response);
            throw new ServiceProblem(503, null, "The live stream could not be opened", Map.of());
        } catch (RuntimeException e) {
            close(response);
            throw e;
        }
        var emitter = new SseEmitter(timeout.toMillis());
        var closed = new AtomicBoolean();
        Runnable closeUpstream = () -> {
            if (closed.compareAndSet(false, true)) {
                close(response);
            }
        };
        emitter.onCompletion(closeUpstream);
        emitter.onTimeout(closeUpstream);
        emitter.onError(error -> closeUpstream.run());
        Thread.ofVirtual().name("upstream-sse").start(() -> pump(response, emitter, closed, closeUpstream));
        return emitter;
    }

    private void pump(ClientHttpResponse response, SseEmitter emitter, AtomicBoolean closed, Runnable closeUpstream) {
        try (var reader = new BufferedReader(new InputStreamReader(response.getBody(), StandardCharsets.UTF_8))) {
            var event = new Event();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    if (event.hasData()) {
                        emitter.send(event.build());
                    }
                    event = new Event();
                } else if (line.startsWith(":")) {
                    emitter.send(SseEmitter.event().comment(line.substring(1).strip()));
                } else {
                    event.field(line);
                }
            }
            // upstream ended (a service's stream ends when the token it was opened with expires)
            emitter.complete();
        } catch (IOException | IllegalStateException e) {
            // The browser went away (a failed write) or upstream broke off; both sides end here.
            if (!closed.get()) {
                log.debug("Live stream relay ended: {}", e.toString());
            }
            emitter.completeWithError(e);
        } finally {
            closeUpstream.run();
        }
    }

    private static void close(ClientHttpResponse response) {
        try {
            response.close();
        } catch (RuntimeException e) {
            log.debug("Closing an upstream stream failed: {}", e.toString());
        }
    }

    /** One event being read: the fields of the SSE wire format this relay passes on. */
    private static final class Event {
        private @Nullable String id;
        private @Nullable String name;
        private @Nullable Long retry;
        private final List<String> data = new ArrayList<>();

        void field(String line) {
            var colon = line.indexOf(':');
            var field = colon < 0 ? line : line.substring(0, colon);
            var value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "data" -> data.add(value);
                case "id" -> id = value;
                case "event" -> name = value;
                case "retry" -> {
                    if (value.matches("\\d{1,9}")) {
                        retry = Long.parseLong(value);
                    }
                }
                default -> {
                    // unknown fields are ignored, as the SSE format says
                }
            }
        }

        boolean hasData() {
            return !data.isEmpty();
        }

        SseEmitter.SseEventBuilder build() {
            var event = SseEmitter.event();
            if (id != null) {
                event.id(id);
            }
            if (name != null) {
                event.name(name);
            }
            if (retry != null) {
                event.reconnectTime(retry);
            }
            data.forEach(event::data);
            return event;
        }
    }
}

package org.emporium.message.infrastructure.live;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.emporium.message.application.NotificationView;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/** Server-Sent Events connections: the same frames as the WebSocket, each event's id the notification id. */
@Component
public class LiveStreams {
    private final LiveHub hub;
    private final JsonMapper json;
    private final Clock clock;

    LiveStreams(LiveHub hub, JsonMapper json, Clock clock) {
        this.hub = hub;
        this.json = json;
        this.clock = clock;
    }

    /** Opens {@code userId}'s stream until {@code until}, starting after notification {@code after}. */
    public SseEmitter open(UUID userId, Instant until, long after) throws IOException {
        var emitter = new SseEmitter(
                Math.max(1, Duration.between(clock.instant(), until).toMillis()));
        var session = new StreamSession(userId, until, after, emitter);
        emitter.onCompletion(() -> hub.unregister(session));
        emitter.onTimeout(() -> {
            hub.unregister(session);
            emitter.complete();
        });
        emitter.onError(e -> hub.unregister(session));
        emitter.send(SseEmitter.event()
                .name("hello")
                .data(LiveFrames.hello(json, after, until), MediaType.APPLICATION_JSON));
        hub.register(session);
        return emitter;
    }

    private final class StreamSession extends LiveSession {
        private final SseEmitter emitter;

        StreamSession(UUID userId, Instant until, long lastSent, SseEmitter emitter) {
            super(userId, until, lastSent);
            this.emitter = emitter;
        }

        @Override
        void send(NotificationView notification) throws IOException {
            emitter.send(SseEmitter.event()
                    .id(Long.toString(notification.id()))
                    .name("notification")
                    .data(LiveFrames.notification(json, notification), MediaType.APPLICATION_JSON));
        }

        @Override
        void heartbeat() throws IOException {
            emitter.send(SseEmitter.event().comment("heartbeat"));
        }

        @Override
        void close(boolean expired) {
            emitter.complete();
        }
    }
}

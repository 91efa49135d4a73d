package org.emporium.message.infrastructure.live;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import org.emporium.message.application.NotificationView;

/**
 * One open live connection of a user (WebSocket or SSE). {@code lastSent} is the id of the newest notification the
 * client has (told us it has, or was sent); the hub sends everything above it, in id order. Access under the
 * session's own lock (the hub's catch-up).
 */
abstract class LiveSession {
    final UUID userId;
    final Instant until;
    long lastSent;

    /** Its close at token expiry, cancelled when it goes earlier (so a closed connection is not kept referenced). */
    volatile java.util.concurrent.@org.jspecify.annotations.Nullable Future<?> expiry;

    LiveSession(UUID userId, Instant until, long lastSent) {
        this.userId = userId;
        this.until = until;
        this.lastSent = lastSent;
    }

    abstract void send(NotificationView notification) throws IOException;

    abstract void heartbeat() throws IOException;

    /** Ends the connection; {@code expired} when its token's lifetime is over (the client reconnects). */
    abstract void close(boolean expired);
}

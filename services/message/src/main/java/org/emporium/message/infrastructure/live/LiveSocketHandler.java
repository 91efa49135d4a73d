package org.emporium.message.infrastructure.live;

import java.io.IOException;
import org.emporium.message.application.GetLatestNotificationId;
import org.emporium.message.application.NotificationView;
import org.emporium.message.domain.LiveGrant;
import org.emporium.platform.mediator.Mediator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/message/live}: after the ticket was redeemed at the handshake, the socket receives a {@code hello},
 * then every notification above the resume id ({@code ?after=}, or the newest one at connect time), then each new
 * one. The client may send {@code {"type":"resume","after":<id>}} at any time. Closed with 4001 when the token that
 * asked for the ticket expires.
 */
@Component
class LiveSocketHandler extends TextWebSocketHandler {
    static final String GRANT = "emporium.live.grant";
    static final String AFTER = "emporium.live.after";
    static final CloseStatus EXPIRED = new CloseStatus(4001, "token expired");
    private static final String SESSION = "emporium.live.session";

    private final LiveHub hub;
    private final Mediator mediator;
    private final JsonMapper json;

    LiveSocketHandler(LiveHub hub, Mediator mediator, JsonMapper json) {
        this.hub = hub;
        this.mediator = mediator;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession raw) throws IOException {
        raw.setTextMessageSizeLimit(4096);
        var socket = new ConcurrentWebSocketSessionDecorator(raw, 10_000, 512 * 1024);
        var grant = (LiveGrant) raw.getAttributes().get(GRANT);
        var after = (Long) raw.getAttributes().get(AFTER);
        var start = after != null ? after : mediator.send(new GetLatestNotificationId(grant.userId()));
        var session = new SocketSession(grant, start, socket);
        raw.getAttributes().put(SESSION, session);
        socket.sendMessage(new TextMessage(LiveFrames.hello(json, start, grant.until())));
        hub.register(session);
    }

    @Override
    protected void handleTextMessage(WebSocketSession raw, TextMessage message) throws IOException {
        var session = (SocketSession) raw.getAttributes().get(SESSION);
        if (session == null) {
            return;
        }
        try {
            var frame = json.readTree(message.getPayload());
            if ("resume".equals(frame.path("type").asString(""))
                    && frame.path("after").isIntegralNumber()
                    && frame.path("after").asLong() >= 0) {
                hub.resume(session, frame.path("after").asLong());
                return;
            }
        } catch (RuntimeException e) {
            // answered below
        }
        session.socket.sendMessage(new TextMessage(
                LiveFrames.error(json, "MESSAGE.INVALID_FRAME", "Expected {\"type\":\"resume\",\"after\":<id>}.")));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession raw, CloseStatus status) {
        var session = (SocketSession) raw.getAttributes().get(SESSION);
        if (session != null) {
            hub.unregister(session);
        }
    }

    private final class SocketSession extends LiveSession {
        private final WebSocketSession socket;

        SocketSession(LiveGrant grant, long lastSent, WebSocketSession socket) {
            super(grant.userId(), grant.until(), lastSent);
            this.socket = socket;
        }

        @Override
        void send(NotificationView notification) throws IOException {
            socket.sendMessage(new TextMessage(LiveFrames.notification(json, notification)));
        }

        @Override
        void heartbeat() throws IOException {
            socket.sendMessage(new TextMessage(LiveFrames.heartbeat(json)));
        }

        @Override
        void close(boolean expired) {
            closeQuietly(socket, expired ? EXPIRED : CloseStatus.GOING_AWAY);
        }
    }

    private static void closeQuietly(@Nullable WebSocketSession socket, CloseStatus status) {
        try {
            if (socket != null && socket.isOpen()) {
                socket.close(status);
            }
        } catch (IOException e) {
            // already gone
        }
    }
}

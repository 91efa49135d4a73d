package org.emporium.message.infrastructure.live;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * The WebSocket endpoint. Any origin may connect: the socket is authorised by a ticket that only a bearer-token
 * request can obtain, never by cookies, so a foreign page cannot ride on a user's session.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class LiveWebSocketConfiguration implements WebSocketConfigurer {
    private final LiveSocketHandler handler;
    private final TicketHandshakeInterceptor tickets;

    LiveWebSocketConfiguration(LiveSocketHandler handler, TicketHandshakeInterceptor tickets) {
        this.handler = handler;
        this.tickets = tickets;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/api/message/live")
                .addInterceptors(tickets)
                .setAllowedOriginPatterns("*");
    }
}

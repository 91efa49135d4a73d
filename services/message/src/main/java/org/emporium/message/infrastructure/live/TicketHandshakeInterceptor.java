package org.emporium.message.infrastructure.live;

import java.util.Map;
import org.emporium.message.application.RedeemLiveTicket;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.mediator.Mediator;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Authenticates the WebSocket handshake with a one-time ticket ({@code ?ticket=}); the access token never appears
 * in a URL. An unknown, used or expired ticket is 403; a malformed {@code after} is 400.
 */
@Component
class TicketHandshakeInterceptor implements HandshakeInterceptor {
    private final Mediator mediator;

    TicketHandshakeInterceptor(Mediator mediator) {
        this.mediator = mediator;
    }

    @Override
    public boolean beforeHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            Map<String, Object> attributes) {
        var query = UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams();
        var after = query.getFirst("after");
        if (after != null) {
            try {
                var value = Long.parseLong(after);
                if (value < 0) {
                    throw new NumberFormatException();
                }
                attributes.put(LiveSocketHandler.AFTER, value);
            } catch (NumberFormatException e) {
                response.setStatusCode(HttpStatus.BAD_REQUEST);
                return false;
            }
        }
        var ticket = query.getFirst("ticket");
        if (ticket == null || ticket.isBlank() || ticket.length() > 100) {
            response.setStatusCode(HttpStatus.FORBIDDEN);
            return false;
        }
        try {
            attributes.put(LiveSocketHandler.GRANT, mediator.send(new RedeemLiveTicket(ticket)));
            return true;
        } catch (DomainException e) {
            response.setStatusCode(HttpStatus.FORBIDDEN);
            return false;
        }
    }

    @Override
    public void afterHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            @Nullable Exception exception) {}
}

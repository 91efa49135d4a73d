package org.emporium.web.live;

import java.time.Duration;
import org.emporium.web.gateway.Gateway;
import org.emporium.web.gateway.ServiceProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code /live/events}: the signed-in user's notifications, live, as Server-Sent Events for {@code /assets/live.js}.
 * A relay of message's {@code /api/message/stream} through the gateway with the session's access token (refreshed
 * there when it has expired); the browser's {@code Last-Event-ID} (the last notification id it saw) becomes
 * message's {@code after}, so a reconnect misses nothing. The token never reaches the browser.
 */
@Controller
class LiveController {
    private final Gateway gateway;
    private final UpstreamSse relay;
    private final Duration timeout;

    LiveController(Gateway gateway, UpstreamSse relay, @Value("${emporium.web.live-timeout:PT10M}") Duration timeout) {
        this.gateway = gateway;
        this.relay = relay;
        this.timeout = timeout;
    }

    @GetMapping(path = "/live/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
        var after = lastEventId != null && lastEventId.matches("\\d{1,18}") ? lastEventId : null;
        return relay.relay(
                gateway.user().get().uri(uri -> {
                    uri.path("/api/message/stream");
                    if (after != null) {
                        uri.queryParam("after", after);
                    }
                    return uri.build();
                }),
                timeout);
    }

    /** Message refused the stream: the browser's {@code EventSource} stops on a status that is not 200. */
    @ExceptionHandler(ServiceProblem.class)
    ResponseEntity<Void> refused(ServiceProblem problem) {
        var status = problem.status() == 401 || problem.status() == 403
                ? HttpStatus.UNAUTHORIZED
                : HttpStatus.SERVICE_UNAVAILABLE;
        return ResponseEntity.status(status).build();
    }

    /** The session's tokens are no longer any good (the refresh token was revoked): sign in again. */
    @ExceptionHandler(ClientAuthorizationException.class)
    ResponseEntity<Void> signedOut() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }
}

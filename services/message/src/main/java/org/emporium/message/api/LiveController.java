package org.emporium.message.api;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.emporium.message.application.GetLatestNotificationId;
import org.emporium.message.application.IssueLiveTicket;
import org.emporium.message.application.LiveTicketView;
import org.emporium.message.infrastructure.live.LiveStreams;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live push entry points: a one-time ticket for the WebSocket {@code /api/message/live}, and the Server-Sent Events
 * stream for clients without WebSocket (bearer token in the header; resume with {@code Last-Event-ID} or
 * {@code ?after=}). The protocol is in docs/message.md.
 */
@RestController
@RequestMapping("/api/message")
class LiveController {
    private final Mediator mediator;
    private final CurrentUser currentUser;
    private final LiveStreams streams;
    private final Clock clock;

    LiveController(Mediator mediator, CurrentUser currentUser, LiveStreams streams, Clock clock) {
        this.mediator = mediator;
        this.currentUser = currentUser;
        this.streams = streams;
        this.clock = clock;
    }

    @PostMapping("/live/ticket")
    @ResponseStatus(HttpStatus.CREATED)
    LiveTicketView ticket(@AuthenticationPrincipal Jwt jwt) {
        return mediator.send(new IssueLiveTicket(currentUser.id(), expiry(jwt)));
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(
            @AuthenticationPrincipal Jwt jwt,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable Long lastEventId,
            @RequestParam(required = false) @Nullable Long after)
            throws IOException {
        var user = currentUser.id();
        var resume = lastEventId != null ? lastEventId : after;
        if (resume != null && resume < 0) {
            resume = 0L;
        }
        var start = resume != null ? resume : mediator.send(new GetLatestNotificationId(user));
        return streams.open(user, expiry(jwt), start);
    }

    private java.time.Instant expiry(Jwt jwt) {
        var expires = jwt.getExpiresAt();
        return expires != null ? expires : clock.instant().plus(Duration.ofMinutes(5));
    }
}

package org.emporium.web.support;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.emporium.web.gateway.Gateway;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A support conversation's calls to message's API as the signed-in user, whichever side they are on: the customer's
 * pages ({@code /support}) and the back office's inbox ({@code /admin/support}) both read, reply to, mark read and
 * close a conversation through these, and message decides from the token which side the caller is.
 */
@Component
public class Conversations {
    private final Gateway gateway;

    Conversations(Gateway gateway) {
        this.gateway = gateway;
    }

    /** The conversation with its messages, oldest first, and the caller's unread count. */
    public @Nullable Map<String, Object> find(UUID id) {
        return gateway.user()
                .get()
                .uri("/api/message/conversations/{id}", id)
                .retrieve()
                .body(Gateway.OBJECT);
    }

    /** Posts {@code text} (trimmed) to the conversation. */
    public void reply(UUID id, String text) {
        gateway.user()
                .post()
                .uri("/api/message/conversations/{id}/messages", id)
                .body(Map.of("text", text.strip()))
                .retrieve()
                .toBodilessEntity();
    }

    /** The caller has read the conversation, up to message {@code upTo} when given (what the page showed). */
    public void markRead(UUID id, @Nullable Long upTo) {
        gateway.user()
                .post()
                .uri(uri -> uri.path("/api/message/conversations/{id}/read")
                        .queryParamIfPresent("upTo", Optional.ofNullable(upTo))
                        .build(id))
                .retrieve()
                .toBodilessEntity();
    }

    public void close(UUID id) {
        gateway.user()
                .post()
                .uri("/api/message/conversations/{id}/close", id)
                .retrieve()
                .toBodilessEntity();
    }

    /**
     * The answer to a posted {@code /read}: 204 to htmx (the page posts it once shown), otherwise back to the
     * conversation's {@code page} (the button the page has without script).
     */
    public static ResponseEntity<Void> readAnswer(@Nullable String htmx, String page) {
        return htmx != null
                ? ResponseEntity.noContent().build()
                : ResponseEntity.status(HttpStatus.FOUND)
                        .location(URI.create(page))
                        .build();
    }
}

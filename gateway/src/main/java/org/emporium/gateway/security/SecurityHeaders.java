package org.emporium.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The security headers Spring Security's reactive chain wrote with the gateway's settings, written the same way:
 * just before the answer is committed, each group only if the answer (a service's) has none of its headers yet.
 *
 * <ul>
 *   <li>{@code Cache-Control: no-cache, no-store, max-age=0, must-revalidate}, {@code Pragma: no-cache},
 *       {@code Expires: 0} — unless the service set any of the three, and never on a 304;
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, {@code X-XSS-Protection: 0};
 *   <li>{@code Strict-Transport-Security: max-age=31536000 ; includeSubDomains} on HTTPS only;
 *   <li>{@code Content-Security-Policy: frame-ancestors 'none'},
 *       {@code Referrer-Policy: strict-origin-when-cross-origin}.
 * </ul>
 */
final class SecurityHeaders {
    private static final String PRAGMA = "Pragma";
    private static final String X_XSS_PROTECTION = "X-XSS-Protection";
    private static final String X_FRAME_OPTIONS = "X-Frame-Options";
    private static final String X_CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";
    private static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";
    private static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    private static final String REFERRER_POLICY = "Referrer-Policy";

    private SecurityHeaders() {}

    static void writeBeforeCommit(ServerWebExchange exchange) {
        exchange.getResponse().beforeCommit(() -> {
            write(exchange);
            return Mono.empty();
        });
    }

    static void write(ServerWebExchange exchange) {
        var response = exchange.getResponse();
        var headers = response.getHeaders();
        if (response.getStatusCode() != HttpStatus.NOT_MODIFIED
                && !headers.containsHeader(HttpHeaders.CACHE_CONTROL)
                && !headers.containsHeader(HttpHeaders.EXPIRES)
                && !headers.containsHeader(PRAGMA)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, max-age=0, must-revalidate");
            headers.set(PRAGMA, "no-cache");
            headers.set(HttpHeaders.EXPIRES, "0");
        }
        setIfAbsent(headers, X_CONTENT_TYPE_OPTIONS, "nosniff");
        if ("https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme())) {
            setIfAbsent(headers, STRICT_TRANSPORT_SECURITY, "max-age=31536000 ; includeSubDomains");
        }
        setIfAbsent(headers, X_FRAME_OPTIONS, "DENY");
        setIfAbsent(headers, X_XSS_PROTECTION, "0");
        setIfAbsent(headers, CONTENT_SECURITY_POLICY, "frame-ancestors 'none'");
        setIfAbsent(headers, REFERRER_POLICY, "strict-origin-when-cross-origin");
    }

    private static void setIfAbsent(HttpHeaders headers, String name, String value) {
        if (!headers.containsHeader(name)) {
            headers.set(name, value);
        }
    }
}

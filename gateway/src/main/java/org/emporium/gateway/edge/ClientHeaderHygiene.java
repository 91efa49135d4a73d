package org.emporium.gateway.edge;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.emporium.gateway.EdgeProperties;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Removes request headers a client must never be able to set: identity headers ({@code X-User-*},
 * {@code X-Forwarded-User}…) always, and {@code Forwarded}/{@code X-Forwarded-*}/{@code X-Real-IP} unless the
 * connection comes from a trusted proxy. Runs before anything else, so neither security, rate limiting nor a
 * service ever sees them. The {@code Authorization} header is left untouched: services validate it again.
 */
public final class ClientHeaderHygiene implements WebFilter, Ordered {
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;
    private static final List<String> FORWARDING_PREFIXES = List.of("forwarded", "x-forwarded-", "x-real-ip");

    private final List<String> identityPrefixes;
    private final Pattern trustedProxies;

    public ClientHeaderHygiene(EdgeProperties properties) {
        this.identityPrefixes = properties.strippedHeaderPrefixes().stream()
                .map(p -> p.toLowerCase(Locale.ROOT))
                .toList();
        this.trustedProxies =
                properties.trustedProxies().isBlank() ? null : Pattern.compile(properties.trustedProxies());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var headers = exchange.getRequest().getHeaders();
        boolean fromTrustedProxy = fromTrustedProxy(exchange);
        var doomed = headers.headerNames().stream()
                .filter(name -> isIdentity(name) || (!fromTrustedProxy && isForwarding(name)))
                .toList();
        if (doomed.isEmpty()) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate()
                .request(request -> request.headers(h -> doomed.forEach(h::remove)))
                .build());
    }

    private boolean fromTrustedProxy(ServerWebExchange exchange) {
        var remote = exchange.getRequest().getRemoteAddress();
        return trustedProxies != null
                && remote != null
                && trustedProxies.matcher(remote.getHostString()).matches();
    }

    private boolean isIdentity(String name) {
        var lower = name.toLowerCase(Locale.ROOT);
        for (var prefix : identityPrefixes) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isForwarding(String name) {
        var lower = name.toLowerCase(Locale.ROOT);
        for (var prefix : FORWARDING_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}

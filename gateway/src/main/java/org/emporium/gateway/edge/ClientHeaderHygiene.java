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
 * Removes request headers a client must never be able to set, and works out who the client is. Identity headers
 * ({@code X-User-*}, {@code X-Forwarded-User}…) are always removed, and so are {@code Forwarded} and
 * {@code X-Real-IP}: the gateway speaks {@code X-Forwarded-*} only, so no service can be misled by a second,
 * unchecked convention. {@code X-Forwarded-*} are removed too unless the peer is a trusted proxy; from one, its
 * {@code X-Forwarded-For} chain gives the {@link ClientAddress}. Runs before anything else, so neither security,
 * rate limiting nor a service ever sees what was removed; {@link ForwardingHeaders} then tells services the client
 * address, scheme, host and port. The {@code Authorization} header is left untouched: services validate it again.
 */
public final class ClientHeaderHygiene implements WebFilter, Ordered {
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;
    private static final List<String> ALWAYS_REMOVED = List.of("forwarded", "x-real-ip");
    private static final String X_FORWARDED = "x-forwarded-";

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
        var peer = ClientAddress.peerOf(exchange);
        boolean fromTrustedProxy = peer != null && trusts(peer);
        if (peer != null) {
            var forwardedFor = fromTrustedProxy ? headers.getValuesAsList("X-Forwarded-For") : List.<String>of();
            exchange.getAttributes()
                    .put(ClientAddress.ATTRIBUTE, ClientAddress.resolve(peer, forwardedFor, this::trusts));
        }
        var doomed = headers.headerNames().stream()
                .filter(name -> isIdentity(name) || isForwarding(name, fromTrustedProxy))
                .toList();
        if (doomed.isEmpty()) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate()
                .request(request -> request.headers(h -> doomed.forEach(h::remove)))
                .build());
    }

    private boolean trusts(String address) {
        return trustedProxies != null && trustedProxies.matcher(address).matches();
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

    private static boolean isForwarding(String name, boolean fromTrustedProxy) {
        var lower = name.toLowerCase(Locale.ROOT);
        return ALWAYS_REMOVED.contains(lower) || (!fromTrustedProxy && lower.startsWith(X_FORWARDED));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}

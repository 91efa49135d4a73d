package org.emporium.gateway.edge;

import java.util.List;
import java.util.regex.Pattern;
import org.emporium.gateway.problem.ProblemResponses;
import org.emporium.platform.core.ProblemCodes;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * What the public sees of the gateway's own actuator when it shares the public port (no
 * {@code MANAGEMENT_SERVER_PORT}): overall health and the liveness and readiness groups, status only. Everything
 * else there — metrics, info (pid, OS user), health components — answers 404 as if it did not exist, except to peers
 * matching {@code emporium.gateway.actuator-clients} (the dev profile lets loopback in, for the launcher). With a
 * management port of its own the actuator is not on the public port at all and this filter is not registered.
 */
public final class ActuatorExposure implements WebFilter, Ordered {
    private final PathPattern actuator;
    private final List<PathPattern> publicEndpoints;
    private final Pattern privilegedPeers;

    public ActuatorExposure(String basePath, String privilegedPeers) {
        var parser = PathPatternParser.defaultInstance;
        var base = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        this.actuator = parser.parse(base + "/**");
        this.publicEndpoints = List.of(
                parser.parse(base + "/health"),
                parser.parse(base + "/health/liveness"),
                parser.parse(base + "/health/readiness"));
        this.privilegedPeers =
                privilegedPeers == null || privilegedPeers.isBlank() ? null : Pattern.compile(privilegedPeers);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var path = exchange.getRequest().getPath().pathWithinApplication();
        if (!actuator.matches(path) || isPublic(path) || fromPrivilegedPeer(exchange)) {
            return chain.filter(exchange);
        }
        return ProblemResponses.write(
                exchange,
                HttpStatus.NOT_FOUND,
                ProblemCodes.NOT_FOUND,
                "Nothing is served at " + exchange.getRequest().getMethod().name() + " " + path.value());
    }

    private boolean isPublic(PathContainer path) {
        for (var pattern : publicEndpoints) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    /** The peer itself, never a forwarded address: a proxy cannot vouch its way into the actuator. */
    private boolean fromPrivilegedPeer(ServerWebExchange exchange) {
        var peer = ClientAddress.peerOf(exchange);
        return privilegedPeers != null
                && peer != null
                && privilegedPeers.matcher(peer).matches();
    }

    /** After the edge's security ({@code EdgeSecurity}, -100), so the 404 carries the usual security headers. */
    @Override
    public int getOrder() {
        return 0;
    }
}

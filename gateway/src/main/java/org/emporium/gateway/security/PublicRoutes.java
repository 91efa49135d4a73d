package org.emporium.gateway.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The requests that need no token: {@code emporium.gateway.public-routes} ({@code "[METHOD ]/path/pattern"}) and the
 * gateway's own actuator (what of it the public port serves is {@code ActuatorExposure}'s call). Patterns match the
 * path within the application as Spring Security's {@code pathMatchers} did.
 */
final class PublicRoutes {
    private record Rule(@Nullable HttpMethod method, PathPattern pattern) {}

    private final List<Rule> rules;

    PublicRoutes(List<String> routes) {
        var parsed = new ArrayList<Rule>();
        for (var route : routes) {
            var parts = route.trim().split("\\s+", 2);
            parsed.add(
                    parts.length == 2
                            ? new Rule(HttpMethod.valueOf(parts[0].toUpperCase(Locale.ROOT)), parse(parts[1]))
                            : new Rule(null, parse(parts[0])));
        }
        parsed.add(new Rule(null, parse("/actuator/**")));
        this.rules = List.copyOf(parsed);
    }

    boolean matches(ServerWebExchange exchange) {
        var request = exchange.getRequest();
        var method = request.getMethod();
        var path = request.getPath().pathWithinApplication();
        for (var rule : rules) {
            if ((rule.method() == null || rule.method().equals(method))
                    && rule.pattern().matches(path)) {
                return true;
            }
        }
        return false;
    }

    private static PathPattern parse(String pattern) {
        var parser = PathPatternParser.defaultInstance;
        return parser.parse(parser.initFullPathPattern(pattern));
    }
}

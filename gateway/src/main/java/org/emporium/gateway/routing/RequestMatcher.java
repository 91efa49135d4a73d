package org.emporium.gateway.routing;

import java.util.List;
import java.util.function.Predicate;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Matches a request to a route: an optional method and any of some path patterns. A path with an {@code actuator}
 * segment anywhere never matches, so no service's actuator can be reached through the gateway whatever its paths.
 */
final class RequestMatcher implements Predicate<ServerWebExchange> {
    private final HttpMethod method;
    private final List<PathPattern> patterns;

    RequestMatcher(HttpMethod method, List<String> patterns) {
        this.method = method;
        this.patterns =
                patterns.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public boolean test(ServerWebExchange exchange) {
        var request = exchange.getRequest();
        if (method != null && !method.equals(request.getMethod())) {
            return false;
        }
        var path = request.getPath().pathWithinApplication();
        if (mentionsActuator(path)) {
            return false;
        }
        for (var pattern : patterns) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    static boolean mentionsActuator(PathContainer path) {
        for (var element : path.elements()) {
            if (element instanceof PathContainer.PathSegment segment
                    && segment.valueToMatch().strip().equalsIgnoreCase("actuator")) {
                return true;
            }
        }
        return false;
    }
}

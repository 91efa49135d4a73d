package org.emporium.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.emporium.gateway.EdgeProperties;
import org.emporium.gateway.edge.BodySizeLimit;
import org.emporium.gateway.problem.ProblemResponses;
import org.emporium.gateway.ratelimit.RateBudgets;
import org.emporium.gateway.ratelimit.RateLimit;
import org.emporium.gateway.resilience.ServiceCircuitBreaker;
import org.emporium.gateway.routing.ServicesProperties.Service;
import org.emporium.platform.core.ProblemCodes;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.route.builder.UriSpec;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * Builds every route from {@code emporium.services}. For a service {@code s} at URL {@code u}:
 *
 * <ul>
 *   <li>{@code /api/s/**} and the service's extra {@code paths} go to {@code u} unchanged (route id {@code s});
 *   <li>each of its {@code budgets} entries becomes a more specific route ({@code s-<budget>}) charged to that
 *       budget;
 *   <li>{@code /v3/api-docs/s} goes to {@code u/v3/api-docs} (route id {@code s-api-docs}).
 * </ul>
 *
 * Every route, in order: rate limit → body size limit → circuit breaker (503 when down or slow) → retry (idempotent
 * methods, only when the request never reached the service) → proxy, keeping the client's {@code Host} so the
 * service builds links to the gateway. Timeouts come from the service's {@code timeout}/{@code connect-timeout}.
 * A service without a URL keeps its paths but answers 503 {@code GATEWAY.SERVICE_NOT_CONFIGURED}.
 */
final class ServiceRoutes {
    private static final int RATE_LIMIT_ORDER = -30;
    private static final int BODY_LIMIT_ORDER = -20;
    private static final int CIRCUIT_BREAKER_ORDER = -10;
    private static final int SPECIFIC = 0;
    private static final int GENERAL = 10;

    private final ServicesProperties services;
    private final EdgeProperties edge;
    private final RateBudgets budgets;
    private final CircuitBreakerRegistry breakers;

    ServiceRoutes(
            ServicesProperties services, EdgeProperties edge, RateBudgets budgets, CircuitBreakerRegistry breakers) {
        this.services = services;
        this.edge = edge;
        this.budgets = budgets;
        this.breakers = breakers;
    }

    RouteLocator build(RouteLocatorBuilder builder) {
        var routes = builder.routes();
        services.services().forEach((name, service) -> {
            var paths = new ArrayList<String>();
            paths.add("/api/" + name + "/**");
            paths.addAll(service.paths());
            if (!service.configured()) {
                GatewayFilter notConfigured = (exchange, chain) -> ProblemResponses.write(
                        exchange,
                        HttpStatus.SERVICE_UNAVAILABLE,
                        ProblemCodes.SERVICE_NOT_CONFIGURED,
                        name + " is not deployed behind this gateway (EMPORIUM_SERVICES_"
                                + name.toUpperCase(Locale.ROOT) + "_URL is not set)");
                routes.route(
                        name,
                        r -> r.order(GENERAL)
                                .predicate(new RequestMatcher(null, paths))
                                .filters(f -> f.filter(notConfigured))
                                .uri("no://op"));
                return;
            }
            for (var operation : service.budgets()) {
                var method = HttpMethod.valueOf(operation.method().toUpperCase(Locale.ROOT));
                routes.route(
                        name + "-" + operation.budget(),
                        r -> r.order(SPECIFIC)
                                .predicate(new RequestMatcher(method, List.of(operation.path())))
                                .filters(f -> proxy(f, name, service, operation.budget()))
                                .uri(service.url()));
            }
            routes.route(
                    name,
                    r -> r.order(GENERAL)
                            .predicate(new RequestMatcher(null, paths))
                            .filters(f -> proxy(f, name, service, RateBudgets.DEFAULT))
                            .uri(service.url()));
            if (service.apiDocs()) {
                routes.route(
                        name + "-api-docs",
                        r -> r.order(SPECIFIC)
                                .predicate(new RequestMatcher(HttpMethod.GET, List.of("/v3/api-docs/" + name)))
                                .filters(f -> proxy(f.setPath("/v3/api-docs"), name, service, RateBudgets.DEFAULT))
                                .uri(service.url()));
            }
        });
        return routes.build();
    }

    private UriSpec proxy(GatewayFilterSpec filters, String name, Service service, String budget) {
        var maxBody = service.maxBodySize() == null ? edge.maxBodySize() : service.maxBodySize();
        var idempotent = edge.retry().methods().stream()
                .map(m -> HttpMethod.valueOf(m.toUpperCase(Locale.ROOT)))
                .toArray(HttpMethod[]::new);
        return filters.filter(new RateLimit(budgets, budget), RATE_LIMIT_ORDER)
                .filter(new BodySizeLimit(maxBody), BODY_LIMIT_ORDER)
                .filter(new ServiceCircuitBreaker(breakers.circuitBreaker(name), name), CIRCUIT_BREAKER_ORDER)
                .preserveHostHeader()
                .retry(retry -> retry.setRetries(edge.retry().retries())
                        .setMethods(idempotent)
                        .setSeries()
                        .setStatuses()
                        .setExceptions(IOException.class)
                        .setBackoff(java.time.Duration.ofMillis(50), java.time.Duration.ofMillis(400), 2, true))
                .metadata(
                        RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR,
                        service.timeout().toMillis())
                .metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, (int)
                        service.connectTimeout().toMillis());
    }
}

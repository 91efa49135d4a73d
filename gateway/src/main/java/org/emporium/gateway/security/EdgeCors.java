package org.emporium.gateway.security;

import org.emporium.gateway.problem.ProblemResponses;
import org.emporium.platform.core.ProblemCodes;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * CORS at the edge, as Spring's {@code CorsWebFilter} does it — preflights answered here, allowed cross-origin
 * requests decorated — except that a refused one (origin, method or headers not allowed) gets a 403 problem document
 * instead of an empty body, like every other error the gateway gives.
 */
final class EdgeCors {
    private final CorsConfigurationSource source;
    private final CorsProcessor processor = new DefaultCorsProcessor();

    EdgeCors(CorsConfigurationSource source) {
        this.source = source;
    }

    /**
     * The answer CORS gives by itself — the 403 for a refused request, the empty 200 for an allowed preflight — or
     * {@code null} when the request goes on (not cross-origin, or an allowed one, whose answer is now decorated).
     */
    @Nullable
    Mono<Void> answer(ServerWebExchange exchange) {
        var configuration = source.getCorsConfiguration(exchange);
        if (!processor.process(configuration, exchange)) {
            return ProblemResponses.write(
                    exchange,
                    HttpStatus.FORBIDDEN,
                    ProblemCodes.CORS_REJECTED,
                    "This cross-origin request is not allowed (origin, method or headers)");
        }
        return CorsUtils.isPreFlightRequest(exchange.getRequest()) ? Mono.empty() : null;
    }
}

package org.emporium.gateway.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import java.util.concurrent.TimeUnit;
import org.emporium.gateway.edge.AccessLog;
import org.emporium.gateway.edge.ClientAddress;
import org.emporium.gateway.problem.ProblemResponses;
import org.emporium.platform.core.ProblemCodes;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Charges a request to a budget: per user ({@code sub}) when a valid token came with it, per client address
 * otherwise ({@link ClientAddress}: behind a trusted proxy the address it forwarded, not the proxy's own). Over
 * budget, the answer is 429 with {@code Retry-After} (whole seconds until a request would be let through) and a
 * problem document. If Redis cannot be reached the request is let through ({@link LimiterOutage} logs a warning at
 * most every 30 s): rate limiting protects services, it must not take the whole API down with it.
 */
public final class RateLimit implements GatewayFilter {
    private final RateBudgets budgets;
    private final String budget;

    public RateLimit(RateBudgets budgets, String budget) {
        if (!budgets.exists(budget)) {
            throw new IllegalStateException("No rate budget named '" + budget + "' in emporium.gateway.rate-limits");
        }
        this.budgets = budgets;
        this.budget = budget;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return caller(exchange)
                .flatMap(caller -> Mono.fromCompletionStage(() -> budgets.consume(budget, caller))
                        .onErrorResume(failure -> {
                            LimiterOutage.seen();
                            return Mono.empty();
                        })
                        .map(probe -> probe.isConsumed() ? chain.filter(exchange) : tooMany(exchange, probe))
                        .defaultIfEmpty(Mono.defer(() -> chain.filter(exchange))))
                .flatMap(next -> next);
    }

    private static Mono<String> caller(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(principal -> {
                    exchange.getAttributes().put(AccessLog.SUBJECT_ATTRIBUTE, principal.getName());
                    return "user:" + principal.getName();
                })
                .switchIfEmpty(Mono.fromSupplier(() -> "ip:" + ClientAddress.of(exchange)));
    }

    private Mono<Void> tooMany(ServerWebExchange exchange, ConsumptionProbe probe) {
        long nanos = probe.getNanosToWaitForRefill();
        long seconds = Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return ProblemResponses.write(
                exchange,
                HttpStatus.TOO_MANY_REQUESTS,
                ProblemCodes.RATE_LIMITED,
                "Too many requests for budget '" + budget + "'; try again in " + seconds + " s");
    }
}

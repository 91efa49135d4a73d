package org.emporium.gateway.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.emporium.gateway.edge.AccessLog;
import org.emporium.gateway.edge.ClientAddress;
import org.emporium.gateway.problem.ProblemResponses;
import org.emporium.platform.core.ProblemCodes;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
        CompletableFuture<ConsumptionProbe> consumed;
        try {
            consumed = budgets.consume(budget, caller(exchange));
        } catch (RuntimeException failure) {
            consumed = CompletableFuture.failedFuture(failure); // fails open below, like an unreachable Redis
        }
        if (consumed.isDone() && !consumed.isCompletedExceptionally()) {
            // answered from the local copy of the bucket (most requests): no Reactor operators needed to wait
            return next(exchange, chain, consumed.join());
        }
        return Mono.fromCompletionStage(consumed)
                .onErrorResume(failure -> {
                    LimiterOutage.seen();
                    return Mono.empty();
                })
                .map(probe -> next(exchange, chain, probe))
                .defaultIfEmpty(Mono.defer(() -> chain.filter(exchange)))
                .flatMap(next -> next);
    }

    private Mono<Void> next(ServerWebExchange exchange, GatewayFilterChain chain, ConsumptionProbe probe) {
        return probe.isConsumed() ? chain.filter(exchange) : tooMany(exchange, probe);
    }

    /** The token's subject, which the edge's security left for the access log, else the client's address. */
    private static String caller(ServerWebExchange exchange) {
        String subject = exchange.getAttribute(AccessLog.SUBJECT_ATTRIBUTE);
        return subject != null ? "user:" + subject : "ip:" + ClientAddress.of(exchange);
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

package org.emporium.gateway.ratelimit;

import org.emporium.gateway.edge.AccessLog;
import org.emporium.gateway.edge.ClientAddress;
import org.emporium.gateway.problem.ProblemResponses;
import org.emporium.platform.core.ProblemCodes;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Charges a request to a budget: per user ({@code sub}) when a valid token came with it, per client address
 * otherwise ({@link ClientAddress}: behind a trusted proxy the address it forwarded, not the proxy's own). Over budget, the answer is 429 with {@code Retry-After} (whole seconds until a request would be let
 * through) and a problem document. If Redis cannot be reached the request is let through (the limiter answers
 * "allowed, -1 remaining"; {@link LimiterOutage} logs a warning at most every 30 s):
 * rate limiting protects services, it must not take the whole API down with it.
 */
public final class RateLimit implements GatewayFilter {
    private final RedisRateLimiter limiter;
    private final String budget;
    private final RedisRateLimiter.Config bucket;

    public RateLimit(RateBudgets budgets, String budget) {
        if (!budgets.exists(budget)) {
            throw new IllegalStateException("No rate budget named '" + budget + "' in emporium.gateway.rate-limits");
        }
        this.limiter = budgets.limiter();
        this.budget = budget;
        this.bucket = budgets.bucketOf(budget);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return caller(exchange)
                .flatMap(caller -> limiter.isAllowed(budget, caller))
                .flatMap(verdict -> {
                    if ("-1".equals(verdict.getHeaders().get(limiter.getRemainingHeader()))) {
                        LimiterOutage.seen();
                    }
                    return verdict.isAllowed()
                            ? chain.filter(exchange)
                            : tooMany(exchange, verdict.getHeaders().get(limiter.getRemainingHeader()));
                });
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

    private Mono<Void> tooMany(ServerWebExchange exchange, String remainingTokens) {
        long remaining = 0;
        try {
            remaining = Math.max(0, Long.parseLong(remainingTokens));
        } catch (NumberFormatException | NullPointerException ignored) {
            // the limiter did not say; assume an empty bucket
        }
        long missing = bucket.getRequestedTokens() - remaining;
        long seconds = Math.max(1, (missing + bucket.getReplenishRate() - 1) / bucket.getReplenishRate());
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return ProblemResponses.write(
                exchange,
                HttpStatus.TOO_MANY_REQUESTS,
                ProblemCodes.RATE_LIMITED,
                "Too many requests for budget '" + budget + "'; try again in " + seconds + " s");
    }
}

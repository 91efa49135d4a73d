package org.emporium.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Edge policy, bound from {@code emporium.gateway.*}: what is public, rate budgets, resilience, CORS and hygiene.
 *
 * @param publicRoutes requests that need no token, as {@code "[METHOD ]/path/pattern"}
 * @param rateLimits named budgets; {@code default} applies to every route without a stricter one
 * @param rateLimitSync how far each replica's local copy of a bucket may run ahead of the shared one in Redis
 * @param maxBodySize the largest request body a route accepts unless its service says otherwise
 * @param trustedProxies a regular expression of proxy addresses (IPv6 written out in full,
 *     {@code 0:0:0:0:0:0:0:1}) whose {@code X-Forwarded-*} headers are believed, both as the peer and within an
 *     {@code X-Forwarded-For} chain; from anyone else those headers are removed. Empty: nobody is trusted.
 * @param actuatorClients a regular expression of peer addresses that may use the gateway's whole actuator on the
 *     public port when it has no management port of its own; everyone else sees health only. Empty: nobody.
 * @param strippedHeaderPrefixes request headers (prefixes, case-insensitive) that carry identity and are never
 *     accepted from a client
 */
@ConfigurationProperties("emporium.gateway")
public record EdgeProperties(
        List<String> publicRoutes,
        Map<String, RateBudget> rateLimits,
        RateLimitSync rateLimitSync,
        CircuitBreaker circuitBreaker,
        Retry retry,
        DataSize maxBodySize,
        String trustedProxies,
        String actuatorClients,
        List<String> strippedHeaderPrefixes,
        Cors cors) {

    public EdgeProperties {
        publicRoutes = publicRoutes == null ? List.of() : List.copyOf(publicRoutes);
        rateLimits = rateLimits == null ? Map.of() : Map.copyOf(rateLimits);
        rateLimitSync = rateLimitSync == null ? new RateLimitSync(null, null, null) : rateLimitSync;
        circuitBreaker =
                circuitBreaker == null ? new CircuitBreaker(50, 20, 10, Duration.ofSeconds(10), 3) : circuitBreaker;
        retry = retry == null ? new Retry(2, List.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE")) : retry;
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
        trustedProxies = trustedProxies == null ? "" : trustedProxies;
        actuatorClients = actuatorClients == null ? "" : actuatorClients;
        strippedHeaderPrefixes = strippedHeaderPrefixes == null ? List.of() : List.copyOf(strippedHeaderPrefixes);
        cors = cors == null ? new Cors(List.of(), Duration.ofHours(1)) : cors;
    }

    /**
     * A token bucket: {@code requests} per {@code period} on average, at most {@code burst} at once.
     *
     * @param requests how many requests the bucket refills per period
     * @param period the refill period
     * @param burst how many requests may come back to back (the bucket's size)
     */
    public record RateBudget(int requests, Duration period, int burst) {
        public RateBudget {
            if (requests < 1 || burst < 1 || period == null || period.toMillis() < 1000) {
                throw new IllegalArgumentException(
                        "A rate budget needs requests >= 1, burst >= 1 and a period of at least 1s");
            }
        }
    }

    /**
     * Rate-limit buckets are kept per replica and synchronised with Redis: a replica grants up to
     * {@code floor(burst * share)} requests of a caller's bucket from its local copy, then (or {@code interval} after
     * the last synchronisation, whichever comes first) writes them to Redis with the next request. So a caller can
     * exceed a budget by at most {@code floor(burst * share)} requests per replica per synchronisation; the excess is
     * owed in Redis and refused afterwards. A share that rounds down to zero means every request asks Redis.
     *
     * @param share the part of a budget's burst a replica may grant on its own, 0 to 1
     * @param interval the longest a replica's local copy goes without synchronising while in use
     * @param maxLocalBuckets at most this many callers' buckets are kept locally (least used dropped first)
     */
    public record RateLimitSync(Double share, Duration interval, Long maxLocalBuckets) {
        public RateLimitSync {
            share = share == null ? 0.05 : share;
            interval = interval == null ? Duration.ofMillis(250) : interval;
            maxLocalBuckets = maxLocalBuckets == null ? 100_000 : maxLocalBuckets;
            if (share < 0 || share > 1 || interval.isNegative() || maxLocalBuckets < 1) {
                throw new IllegalArgumentException(
                        "rate-limit-sync needs a share between 0 and 1, an interval >= 0 and max-local-buckets >= 1");
            }
        }
    }

    /**
     * When a service is considered down: over {@code slidingWindowSize} calls (at least {@code minimumNumberOfCalls}),
     * more than {@code failureRateThreshold} % failed; it is then not called for {@code waitInOpenState}.
     */
    public record CircuitBreaker(
            float failureRateThreshold,
            int slidingWindowSize,
            int minimumNumberOfCalls,
            Duration waitInOpenState,
            int permittedCallsInHalfOpenState) {}

    /** Retries of requests that never reached a service (connection refused or reset), for idempotent methods only. */
    public record Retry(int retries, List<String> methods) {}

    /** Browser apps allowed to call the API from another origin. */
    public record Cors(List<String> allowedOrigins, Duration maxAge) {}
}

package org.emporium.gateway.ratelimit;

import org.emporium.gateway.RedisOutageSupport;
import org.junit.jupiter.api.Test;

class RedisOutageIT extends RedisOutageSupport {

    /**
     * The it profile's {@code probe} budget allows 2 requests, then one a minute: with Redis cut, three in a row are
     * all routed (limits off, API up) and counted as let through; once Redis is back the budget holds again.
     */
    @Test
    void withRedisDownRequestsAreRoutedWithoutLimitsAndTheLimitsReturnWithIt() {
        resetBudgets();
        var before = LimiterOutage.failedOpen();
        redisProxy().cut();
        try {
            for (int i = 0; i < 3; i++) {
                probe("198.51.100.77").expectStatus().isOk();
            }
        } finally {
            redisProxy().restore();
        }
        org.assertj.core.api.Assertions.assertThat(LimiterOutage.failedOpen() - before)
                .isGreaterThanOrEqualTo(3);
        resetBudgets();

        probe("198.51.100.78").expectStatus().isOk();
        probe("198.51.100.78").expectStatus().isOk();
        probe("198.51.100.78").expectStatus().isEqualTo(429);
    }
}

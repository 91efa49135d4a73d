package org.emporium.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.emporium.gateway.EdgeProperties.RateBudget;
import org.junit.jupiter.api.Test;

class RateBudgetsTest {

    @Test
    void aWholeNumberOfRequestsPerSecondCostsOneTokenEach() {
        var bucket = RateBudgets.bucket(new RateBudget(100, Duration.ofSeconds(1), 200));

        assertThat(bucket.getReplenishRate()).isEqualTo(100);
        assertThat(bucket.getRequestedTokens()).isEqualTo(1);
        assertThat(bucket.getBurstCapacity()).isEqualTo(200);
    }

    @Test
    void slowerBudgetsChargeAPeriodsWorthOfTokensPerRequest() {
        var bucket = RateBudgets.bucket(new RateBudget(10, Duration.ofMinutes(1), 5));

        // 10 tokens/s refill, 60 tokens per request: one request every 6 s, 10 a minute, 5 back to back
        assertThat(bucket.getReplenishRate()).isEqualTo(10);
        assertThat(bucket.getRequestedTokens()).isEqualTo(60);
        assertThat(bucket.getBurstCapacity()).isEqualTo(300);
    }

    @Test
    void refusesBudgetsTheLimiterCannotExpress() {
        assertThatThrownBy(() -> new RateBudget(0, Duration.ofSeconds(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateBudget(5, Duration.ofMillis(500), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

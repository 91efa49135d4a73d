package org.emporium.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.emporium.gateway.EdgeProperties.RateBudget;
import org.emporium.gateway.EdgeProperties.RateLimitSync;
import org.junit.jupiter.api.Test;

class RateBudgetsTest {

    @Test
    void aBudgetIsABucketOfItsBurstRefilledEvenlyOverItsPeriod() {
        var limit = RateBudgets.bucket(new RateBudget(100, Duration.ofSeconds(1), 200))
                .getBandwidths()[0];

        assertThat(limit.getCapacity()).isEqualTo(200);
        assertThat(limit.getRefillTokens()).isEqualTo(100);
        assertThat(limit.getRefillPeriodNanos()).isEqualTo(Duration.ofSeconds(1).toNanos());
        assertThat(limit.isRefillIntervally())
                .as("refilled continuously, not all at once")
                .isFalse();
    }

    @Test
    void slowerBudgetsRefillTheirRequestsOverTheWholePeriod() {
        var limit =
                RateBudgets.bucket(new RateBudget(10, Duration.ofMinutes(1), 5)).getBandwidths()[0];

        // one request every 6 s, 10 a minute, 5 back to back
        assertThat(limit.getCapacity()).isEqualTo(5);
        assertThat(limit.getRefillTokens()).isEqualTo(10);
        assertThat(limit.getRefillPeriodNanos()).isEqualTo(Duration.ofMinutes(1).toNanos());
    }

    @Test
    void aReplicaGrantsAShareOfTheBurstOnItsOwnAndSmallBudgetsNone() {
        var sync = new RateLimitSync(0.05, Duration.ofMillis(250), 1000L);

        assertThat(RateBudgets.unsynchronised(new RateBudget(100, Duration.ofSeconds(1), 200), sync))
                .isEqualTo(10);
        assertThat(RateBudgets.unsynchronised(new RateBudget(10, Duration.ofMinutes(1), 5), sync))
                .as("every checkout asks Redis")
                .isZero();
    }

    @Test
    void refusesBudgetsTheLimiterCannotExpress() {
        assertThatThrownBy(() -> new RateBudget(0, Duration.ofSeconds(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateBudget(5, Duration.ofMillis(500), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitSync(1.5, null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}

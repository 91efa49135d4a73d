package org.emporium.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestartPolicyTest {
    private final RestartPolicy policy = RestartPolicy.DEFAULT;

    @Test
    void backOffDoublesFromOneSecondUpToTheCap() {
        assertThat(policy.delay(0)).hasSeconds(1);
        assertThat(policy.delay(1)).hasSeconds(2);
        assertThat(policy.delay(2)).hasSeconds(4);
        assertThat(policy.delay(5)).hasSeconds(32);
        assertThat(policy.delay(6)).hasSeconds(60);
        assertThat(policy.delay(1000)).hasSeconds(60);
    }

    @Test
    void aServiceThatRanHealthyLongEnoughStartsANewSeries() {
        assertThat(policy.consecutiveAfter(5, Duration.ofSeconds(119))).isEqualTo(5);
        assertThat(policy.consecutiveAfter(5, Duration.ofSeconds(120))).isZero();
    }

    @Test
    void theEnvironmentOverridesTheDefaults() {
        var custom = RestartPolicy.from(Map.of(
                "EMPORIUM_RESTART_BACKOFF", "3",
                "EMPORIUM_RESTART_BACKOFF_MAX", "10",
                "EMPORIUM_RESTART_HEALTHY_AFTER", "30"));
        assertThat(custom)
                .isEqualTo(new RestartPolicy(Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofSeconds(30)));
        assertThat(custom.delay(3)).hasSeconds(10);
        assertThatThrownBy(() -> RestartPolicy.from(Map.of("EMPORIUM_RESTART_BACKOFF", "soon")))
                .hasMessageContaining("EMPORIUM_RESTART_BACKOFF");
    }
}

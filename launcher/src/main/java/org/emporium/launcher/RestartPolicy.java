package org.emporium.launcher;

import java.time.Duration;
import java.util.Map;

/**
 * When the supervisor restarts a service that exited: after {@code initial}, doubling with each consecutive
 * crash up to {@code max}; a service that ran at least {@code healthyAfter} before it exited counts as healthy
 * again, and its next restart waits {@code initial} only.
 *
 * <p>{@code EMPORIUM_RESTART_BACKOFF}, {@code EMPORIUM_RESTART_BACKOFF_MAX} and {@code
 * EMPORIUM_RESTART_HEALTHY_AFTER} (seconds) override the defaults of 1 s, 60 s and 120 s.
 */
record RestartPolicy(Duration initial, Duration max, Duration healthyAfter) {
    static final RestartPolicy DEFAULT =
            new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(120));

    static RestartPolicy from(Map<String, String> env) {
        return new RestartPolicy(
                seconds(env, "EMPORIUM_RESTART_BACKOFF", DEFAULT.initial),
                seconds(env, "EMPORIUM_RESTART_BACKOFF_MAX", DEFAULT.max),
                seconds(env, "EMPORIUM_RESTART_HEALTHY_AFTER", DEFAULT.healthyAfter));
    }

    /** The wait before restart number {@code consecutive + 1} of a crash series ({@code consecutive} from 0). */
    Duration delay(int consecutive) {
        var delay = initial;
        for (int i = 0; i < consecutive && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** The crash series a service is in after it exited having run for {@code ranFor}. */
    int consecutiveAfter(int consecutive, Duration ranFor) {
        return ranFor.compareTo(healthyAfter) >= 0 ? 0 : consecutive;
    }

    private static Duration seconds(Map<String, String> env, String name, Duration fallback) {
        var value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number of seconds, not " + value);
        }
    }
}

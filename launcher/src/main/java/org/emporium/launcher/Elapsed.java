package org.emporium.launcher;

import java.time.Duration;
import java.time.Instant;

/** Time spent so far, for progress lines, and the pause between two polls of a port or a file. */
final class Elapsed {
    private Elapsed() {}

    static long seconds(Instant since) {
        return Duration.between(since, Instant.now()).toSeconds();
    }

    static double secondsExact(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }

    static boolean longerThan(Instant since, Duration limit) {
        return Duration.between(since, Instant.now()).compareTo(limit) > 0;
    }

    /** Polling a port or a file: there is no event to wait on. */
    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted", e);
        }
    }
}

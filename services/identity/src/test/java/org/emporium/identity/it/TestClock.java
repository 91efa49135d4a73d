package org.emporium.identity.it;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in the integration tests: the system clock, until a test stops it at an instant of its
 * choosing (key rotation over days, token expiry) and resumes it afterwards.
 */
final class TestClock extends Clock {
    private volatile Instant stopped;

    /** From now on the clock reads {@code instant} (everything identity times: keys, tokens, throttling). */
    void stopAt(Instant instant) {
        stopped = instant;
    }

    /** Back to the system clock. */
    void resume() {
        stopped = null;
    }

    @Override
    public Instant instant() {
        var instant = stopped;
        return instant != null ? instant : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("identity works in UTC");
    }
}

package org.emporium.gateway.ratelimit;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The limiter fails open: when Redis cannot be reached (or not within its timeout) a request is let through. This
 * says so at WARN, at most every 30 s, so an outage that switched the limits off shows in the logs and alerts, not
 * only in {@code /actuator/health}.
 */
final class LimiterOutage {
    private static final Logger log = LoggerFactory.getLogger(LimiterOutage.class);
    private static final long EVERY_NANOS = 30_000_000_000L;
    private static final AtomicLong lastWarned = new AtomicLong(System.nanoTime() - EVERY_NANOS);
    private static final AtomicLong failedOpen = new AtomicLong();

    private LimiterOutage() {}

    static void seen() {
        var count = failedOpen.incrementAndGet();
        var now = System.nanoTime();
        var last = lastWarned.get();
        if (now - last >= EVERY_NANOS && lastWarned.compareAndSet(last, now)) {
            log.warn("Rate limits are OFF: Redis cannot be reached, requests are let through ({} so far)", count);
        }
    }

    /** Requests let through without a limit since start. */
    static long failedOpen() {
        return failedOpen.get();
    }
}

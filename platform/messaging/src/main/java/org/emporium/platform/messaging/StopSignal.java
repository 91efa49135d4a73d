package org.emporium.platform.messaging;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A back-off wait that a shutdown cuts short. */
final class StopSignal {
    private volatile CountDownLatch latch = new CountDownLatch(1);

    void reset() {
        latch = new CountDownLatch(1);
    }

    void signal() {
        latch.countDown();
    }

    /** Waits {@code delay}; true if stopping (now or during the wait). */
    boolean awaitStop(Duration delay) {
        try {
            return latch.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}

package org.emporium.bench.shop;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Arrivals at a fixed rate, whatever the answers do (the open model, as wrk2 and DeathStarBench's generators): the
 * n-th arrival is due at {@code start + n / rate}, runs on a virtual thread of its own, and is handed its due time,
 * so its latency is measured from when it should have been sent. A server that stalls therefore shows every
 * request that queued behind the stall, instead of the one slow request a closed loop would see (coordinated
 * omission).
 */
public final class OpenLoop {
    private OpenLoop() {}

    /** What the driver itself managed: arrivals started, and how late the worst one was started. */
    public record Run(long arrivals, Duration elapsed, Duration worstStartLag) {}

    /**
     * Starts {@code rate × duration} arrivals and returns when all of them are done.
     *
     * @param arrival called with the arrival's due time ({@link System#nanoTime()} scale); must not throw
     */
    public static Run run(double rate, Duration duration, LongConsumer arrival) {
        if (rate <= 0) {
            throw new IllegalArgumentException("rate must be positive, not " + rate);
        }
        long total = Math.round(rate * duration.toNanos() / 1e9);
        var worstLag = new AtomicLong();
        long start = System.nanoTime();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long n = 0; n < total; n++) {
                long due = start + (long) (n * 1e9 / rate);
                sleepUntil(due);
                long lag = System.nanoTime() - due;
                worstLag.accumulateAndGet(lag, Math::max);
                threads.execute(() -> arrival.accept(due));
            }
        }
        return new Run(total, Duration.ofNanos(System.nanoTime() - start), Duration.ofNanos(worstLag.get()));
    }

    /**
     * Starts arrivals at {@code rate} until {@code done} says so (checked before each arrival), then waits for the
     * started ones: the background load of a fault run, whose length is the faults'.
     */
    public static Run runUntil(double rate, java.util.function.BooleanSupplier done, LongConsumer arrival) {
        var worstLag = new AtomicLong();
        long start = System.nanoTime();
        long n = 0;
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (; !done.getAsBoolean(); n++) {
                long due = start + (long) (n * 1e9 / rate);
                sleepUntil(due);
                worstLag.accumulateAndGet(System.nanoTime() - due, Math::max);
                threads.execute(() -> arrival.accept(due));
            }
        }
        return new Run(n, Duration.ofNanos(System.nanoTime() - start), Duration.ofNanos(worstLag.get()));
    }

    private static void sleepUntil(long due) {
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}

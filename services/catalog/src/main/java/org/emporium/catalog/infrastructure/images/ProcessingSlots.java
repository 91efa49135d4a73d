package org.emporium.catalog.infrastructure.images;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.emporium.catalog.domain.CatalogErrors;

/**
 * A fixed number of image-processing slots. Work waits up to {@code wait} for one (first come, first served), and
 * is refused with {@code CATALOG.IMAGE_PROCESSING_BUSY} (429, {@code Retry-After}) when none frees up, so a burst of
 * uploads cannot decode more images at once than the heap was sized for.
 */
final class ProcessingSlots {
    private final Semaphore slots;
    private final Duration wait;
    private final long retryAfterSeconds;

    ProcessingSlots(int count, Duration wait, Duration retryAfter) {
        if (count < 1) {
            throw new IllegalArgumentException("At least one image-processing slot is needed, not " + count);
        }
        this.slots = new Semaphore(count, true);
        this.wait = wait;
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    <T> T run(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw CatalogErrors.imageProcessingBusy(retryAfterSeconds);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}

package org.emporium.platform.mediator;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The expected-version check of a change guarded by {@code If-Match}: a handler that loaded an aggregate refuses a
 * caller whose copy is stale before doing any work. It fails the same way as a save that finds a newer version (an
 * {@link OptimisticLockingFailureException}), so both are one answer to clients: 412 {@code REQUEST.STALE_VERSION}.
 */
public final class Versions {
    private Versions() {}

    /**
     * @param what names the resource for the log, e.g. {@code "Product 0f3c…"}
     * @param expected the version the caller read (the ETag it sent as {@code If-Match})
     * @param current the version just loaded
     * @throws OptimisticLockingFailureException when they differ
     */
    public static void requireCurrent(String what, long expected, long current) {
        if (expected != current) {
            throw new OptimisticLockingFailureException(
                    what + " is at version " + current + ", the caller read version " + expected);
        }
    }
}

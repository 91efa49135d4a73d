package org.emporium.platform.mediator;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work when the current transaction ends, for effects outside the database that must follow its outcome:
 * deleting stored files, dropping a cache, waking the outbox relay. Without an active transaction the work is
 * applied as if the (absent) transaction had just committed.
 */
public final class AfterTransaction {
    private AfterTransaction() {}

    /** Runs {@code work} once the current transaction has committed; at once when none is active. */
    public static void commit(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }

    /** Runs {@code work} if the current transaction rolls back; never when none is active. */
    public static void rollback(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    work.run();
                }
            }
        });
    }

    /** Runs {@code work} when the current transaction ends, whatever its outcome; at once when none is active. */
    public static void completion(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                work.run();
            }
        });
    }
}

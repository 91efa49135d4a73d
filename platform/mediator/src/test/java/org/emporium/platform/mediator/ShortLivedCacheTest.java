package org.emporium.platform.mediator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

class ShortLivedCacheTest {
    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicLong clock =
            new AtomicLong(Long.MAX_VALUE - Duration.ofSeconds(3).toNanos());

    @Test
    void keepsAValueUntilItExpires() {
        var cache = cache(Duration.ofSeconds(5), 10);

        assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(1);
        clock.addAndGet(Duration.ofSeconds(5).toNanos() - 1); // also wraps around, as System.nanoTime may
        assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(1);
        clock.incrementAndGet();
        assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(2);
    }

    @Test
    void forgetsEverythingWhenInvalidated() {
        var cache = cache(Duration.ofMinutes(1), 10);
        cache.get("a", k -> loads.incrementAndGet());

        cache.invalidate();

        assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(2);
    }

    @Test
    void doesNotServeALoadThatAnInvalidationOvertook() {
        var cache = cache(Duration.ofMinutes(1), 10);

        cache.get("a", k -> {
            cache.invalidate(); // a change committed while this load was reading the old state
            return loads.incrementAndGet();
        });

        assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(2);
    }

    @Test
    void doesNotServeALoadInvalidatedWhileItWasBeingStored() {
        var cache = new ShortLivedCache<InvalidatingKey, Integer>(Duration.ofMinutes(1), 10, clock::get);
        var key = new InvalidatingKey(cache);

        cache.get(key, k -> {
            k.armed = true; // the next look-up of the key, when the loaded value is stored, invalidates the cache
            return loads.incrementAndGet();
        });

        assertThat(key.armed).isFalse();
        assertThat(cache.get(key, k -> loads.incrementAndGet())).isEqualTo(2);
    }

    @Test
    void anInvalidationAfterCommitWaitsForTheTransactionToEnd() {
        var cache = cache(Duration.ofMinutes(1), 10);
        cache.get("a", k -> loads.incrementAndGet());

        transaction().executeWithoutResult(status -> {
            cache.invalidateAfterCommit();
            // Other readers cannot see the uncommitted change yet: what they cached is still right.
            assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(1);
        });

        assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(2);
    }

    @Test
    void anInvalidationAfterCommitAlsoDropsTheCacheOnRollback() {
        var cache = cache(Duration.ofMinutes(1), 10);

        transaction().executeWithoutResult(status -> {
            cache.get("a", k -> loads.incrementAndGet()); // may have read this transaction's own uncommitted writes
            cache.invalidateAfterCommit();
            status.setRollbackOnly();
        });

        assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(2);
    }

    @Test
    void anInvalidationAfterCommitWithoutATransactionIsImmediate() {
        var cache = cache(Duration.ofMinutes(1), 10);
        cache.get("a", k -> loads.incrementAndGet());

        cache.invalidateAfterCommit();

        assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(2);
    }

    @Test
    void loadsEveryTimeWithoutATimeToLive() {
        var cache = cache(Duration.ZERO, 10);
        cache.get("a", k -> loads.incrementAndGet());

        assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(2);
    }

    @Test
    void doesNotStoreNull() {
        var cache = cache(Duration.ofMinutes(1), 10);

        assertThat(cache.get("a", k -> {
                    loads.incrementAndGet();
                    return null;
                }))
                .isNull();
        assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(2);
    }

    @Test
    void staysWithinItsSize() {
        var cache = new ShortLivedCache<Integer, Integer>(Duration.ofMinutes(1), 3, clock::get);
        for (int i = 0; i < 10; i++) {
            cache.get(i, k -> loads.incrementAndGet());
        }

        assertThat(cache.get(9, k -> -1)).isEqualTo(10);
        assertThat(cache.get(0, k -> -1)).isEqualTo(-1);
    }

    /** A transaction manager without a resource: only the synchronization callbacks matter here. */
    private static TransactionTemplate transaction() {
        return new TransactionTemplate(new AbstractPlatformTransactionManager() {
            @Override
            protected Object doGetTransaction() {
                return new Object();
            }

            @Override
            protected void doBegin(Object transaction, TransactionDefinition definition) {}

            @Override
            protected void doCommit(DefaultTransactionStatus status) {}

            @Override
            protected void doRollback(DefaultTransactionStatus status) {}
        });
    }

    private ShortLivedCache<String, Integer> cache(Duration ttl, int maxEntries) {
        return new ShortLivedCache<>(ttl, maxEntries, clock::get);
    }

    /**
     * A key that, once armed, invalidates the cache the next time it is hashed: a look-up of the map, here the
     * store right after the load (past any check of the generation a cache could make before storing).
     */
    private static final class InvalidatingKey {
        private final ShortLivedCache<InvalidatingKey, Integer> cache;
        volatile boolean armed;

        InvalidatingKey(ShortLivedCache<InvalidatingKey, Integer> cache) {
            this.cache = cache;
        }

        @Override
        public int hashCode() {
            if (armed) {
                armed = false;
                cache.invalidate();
            }
            return 1;
        }
    }
}

package org.emporium.catalog.application;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A small in-memory cache for read results that may be a few seconds old: entries expire after {@code ttl}, the
 * whole cache is dropped when it outgrows {@code maxEntries} (no LRU bookkeeping on the hot path), and
 * {@link #invalidateAfterCommit()} drops it when this instance changes the underlying data. Other instances'
 * changes show after at most {@code ttl}. A zero {@code ttl} turns caching off.
 */
public final class ShortLivedCache<K, V> {
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int maxEntries;
    /** Bumped on every invalidation, so a load that started before it is not stored after it. */
    private final AtomicLong generation = new AtomicLong();

    private record Entry<V>(V value, long expiresAt) {}

    public ShortLivedCache(Duration ttl, int maxEntries) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    public V get(K key, Function<K, V> loader) {
        if (ttlNanos <= 0) {
            return loader.apply(key);
        }
        var now = System.nanoTime();
        var entry = entries.get(key);
        if (entry != null && now - entry.expiresAt() < 0) {
            return entry.value();
        }
        var started = generation.get();
        var value = loader.apply(key);
        if (generation.get() == started) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value, now + ttlNanos));
        }
        return value;
    }

    public void invalidate() {
        generation.incrementAndGet();
        entries.clear();
    }

    /**
     * Drops the cache now and once more after the current transaction commits (a search between the two could
     * otherwise cache what was there before the change).
     */
    public void invalidateAfterCommit() {
        invalidate();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    invalidate();
                }
            });
        }
    }
}

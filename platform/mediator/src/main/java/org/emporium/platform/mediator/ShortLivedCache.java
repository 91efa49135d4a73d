package org.emporium.platform.mediator;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A small in-memory cache for read results that may be a few seconds old: entries expire after {@code ttl}, the
 * whole cache is dropped when it outgrows {@code maxEntries} (no LRU bookkeeping on the hot path), and
 * {@link #invalidateAfterCommit()} drops it when this instance's change of the underlying data commits. Other instances'
 * changes show after at most {@code ttl}. A zero {@code ttl} turns caching off. A loader's {@code null} is returned
 * but not stored.
 */
public final class ShortLivedCache<K, V> {
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanoTime;
    /**
     * Bumped on every invalidation. Each entry records the generation its load started in, and only an entry of the
     * current generation is a hit: a load that an invalidation overtook (at any point, even while it was being
     * stored) is never served.
     */
    private final AtomicLong generation = new AtomicLong();

    private record Entry<V>(V value, long generation, long expiresAt) {}

    public ShortLivedCache(Duration ttl, int maxEntries) {
        this(ttl, maxEntries, System::nanoTime);
    }

    /** @param nanoTime the clock, in the sense of {@link System#nanoTime()} (only differences count) */
    public ShortLivedCache(Duration ttl, int maxEntries, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
    }

    public V get(K key, Function<K, V> loader) {
        if (ttlNanos <= 0) {
            return loader.apply(key);
        }
        var started = generation.get();
        var now = nanoTime.getAsLong();
        var entry = entries.get(key);
        if (entry != null && entry.generation() == started && now - entry.expiresAt() < 0) {
            return entry.value();
        }
        var value = loader.apply(key);
        if (value != null && generation.get() == started) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value, started, now + ttlNanos));
        }
        return value;
    }

    public void invalidate() {
        generation.incrementAndGet();
        entries.clear();
    }

    /**
     * Drops the cache when the current transaction ends, whatever its outcome (at once without one). Until the
     * commit other readers cannot see the change, so what they load meanwhile is still right; a load that overlaps the commit is never served,
     * because the invalidation starts a new generation.
     */
    public void invalidateAfterCommit() {
        AfterTransaction.completion(this::invalidate);
    }
}

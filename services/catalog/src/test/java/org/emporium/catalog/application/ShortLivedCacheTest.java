package org.emporium.catalog.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ShortLivedCacheTest {
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void keepsAValueUntilItExpires() throws InterruptedException {
        var cache = new ShortLivedCache<String, Integer>(Duration.ofMillis(200), 10);

        assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(1);
        assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(1);
        Thread.sleep(250);
        assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(2);
    }

    @Test
    void forgetsEverythingWhenInvalidated() {
        var cache = new ShortLivedCache<String, Integer>(Duration.ofMinutes(1), 10);
        cache.get("a", k -> loads.incrementAndGet());

        cache.invalidate();

        assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(2);
    }

    @Test
    void doesNotStoreALoadThatAnInvalidationOvertook() {
        var cache = new ShortLivedCache<String, Integer>(Duration.ofMinutes(1), 10);

        cache.get("a", k -> {
            cache.invalidate(); // a change committed while this load was reading the old state
            return loads.incrementAndGet();
        });

        assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(2);
    }

    @Test
    void loadsEveryTimeWithoutATimeToLive() {
        var cache = new ShortLivedCache<String, Integer>(Duration.ZERO, 10);
        cache.get("a", k -> loads.incrementAndGet());

        assertThat(cache.get("a", k -> loads.incrementAndGet())).isEqualTo(2);
    }

    @Test
    void staysWithinItsSize() {
        var cache = new ShortLivedCache<Integer, Integer>(Duration.ofMinutes(1), 3);
        for (int i = 0; i < 10; i++) {
            cache.get(i, k -> loads.incrementAndGet());
        }

        assertThat(cache.get(9, k -> -1)).isEqualTo(10);
        assertThat(cache.get(0, k -> -1)).isEqualTo(-1);
    }
}

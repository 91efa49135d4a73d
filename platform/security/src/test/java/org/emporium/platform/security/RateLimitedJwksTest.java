package org.emporium.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RateLimitedJwksTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-02T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final List<com.nimbusds.jose.jwk.JWK> published = new CopyOnWriteArrayList<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private final RateLimitedJwks keys = new RateLimitedJwks(
            () -> {
                fetches.incrementAndGet();
                return new JWKSet(published).toString();
            },
            Duration.ofMinutes(5),
            Duration.ofSeconds(10),
            clock);

    RateLimitedJwksTest() throws Exception {
        published.add(key("first"));
    }

    private static com.nimbusds.jose.jwk.JWK key(String kid) throws Exception {
        return new RSAKeyGenerator(2048).keyID(kid).generate().toPublicJWK();
    }

    private List<com.nimbusds.jose.jwk.JWK> lookUp(String kid) throws KeySourceException {
        return keys.get(new JWKSelector(new JWKMatcher.Builder().keyID(kid).build()), null);
    }

    @Test
    void aBurstOfUnknownKeyIdsMakesOneFetchPerMinimumInterval() throws Exception {
        assertThat(lookUp("first")).hasSize(1);
        assertThat(fetches).hasValue(1);
        assertThat(lookUp("right-after-the-first-fetch")).isEmpty();
        assertThat(fetches).as("within the interval of the first fetch").hasValue(1);

        now.set(now.get().plusSeconds(11));
        for (int i = 0; i < 50; i++) {
            assertThat(lookUp("made-up-" + i)).isEmpty();
        }
        assertThat(fetches)
                .as("the first unknown kid refetches, the rest wait for the interval")
                .hasValue(2);

        now.set(now.get().plusSeconds(11));
        assertThat(lookUp("made-up-again")).isEmpty();
        assertThat(fetches).hasValue(3);
    }

    @Test
    void concurrentUnknownKeyIdsShareOneFetch() throws Exception {
        lookUp("first");
        now.set(now.get().plusSeconds(11));
        try (var pool = Executors.newFixedThreadPool(16)) {
            var lookups = new ArrayList<Future<List<com.nimbusds.jose.jwk.JWK>>>();
            for (int i = 0; i < 64; i++) {
                var kid = "burst-" + i;
                lookups.add(pool.submit(() -> lookUp(kid)));
            }
            for (var lookup : lookups) {
                assertThat(lookup.get()).isEmpty();
            }
        }
        assertThat(fetches).hasValue(2);
    }

    @Test
    void aRotatedKeyIsFetchedOnFirstUseOnceTheIntervalAllows() throws Exception {
        lookUp("first");
        published.add(key("rotated"));
        now.set(now.get().plusSeconds(11));

        assertThat(lookUp("rotated")).hasSize(1);
        assertThat(fetches).hasValue(2);
        assertThat(lookUp("rotated")).as("cached now").hasSize(1);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void keysAreRefetchedAfterTheirTtlAndKeptWhenIdentityIsDown() throws Exception {
        lookUp("first");
        now.set(now.get().plus(Duration.ofMinutes(6)));
        assertThat(lookUp("first")).hasSize(1);
        assertThat(fetches).hasValue(2);

        var down = new RateLimitedJwks(
                () -> {
                    throw new IllegalStateException("identity unreachable");
                },
                Duration.ofMinutes(5),
                Duration.ofSeconds(10),
                clock);
        assertThatThrownBy(() -> down.get(new JWKSelector(new JWKMatcher.Builder().build()), null))
                .isInstanceOf(KeySourceException.class);
    }
}

package org.emporium.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.emporium.gateway.resilience.BreakerClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The gateway's injectable clocks in tests: the circuit breakers' wait runs on {@link #BREAKER}, advanced by hand. */
@TestConfiguration(proxyBeanMethods = false)
class TestClocks {
    static final MutableClock BREAKER = new MutableClock(Instant.now());

    @Bean
    BreakerClock breakerClock() {
        return new BreakerClock(BREAKER);
    }

    /** A clock that stands still until {@link #advance} moves it. */
    static final class MutableClock extends Clock {
        private final AtomicReference<Instant> now;

        MutableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration by) {
            now.updateAndGet(instant -> instant.plus(by));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}

package org.emporium.gateway.resilience;

import java.time.Clock;

/**
 * The clock the circuit breakers measure their open-state wait on: the system clock unless a bean of this type is
 * defined (tests define one they can advance, so no test sleeps through {@code wait-in-open-state}).
 */
public record BreakerClock(Clock clock) {
    public static BreakerClock system() {
        return new BreakerClock(Clock.systemUTC());
    }
}

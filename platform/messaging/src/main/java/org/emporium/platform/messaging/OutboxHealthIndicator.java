package org.emporium.platform.messaging;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code outbox} in {@code /actuator/health}: DOWN while any event is parked ({@code failed_at} set), so an alert on
 * the health document fires until someone replays or discards it (docs/messaging.md). Deliberately not in the
 * readiness group: the service still answers requests, and taking it out of its Service would not help the event.
 */
final class OutboxHealthIndicator implements HealthIndicator {
    private final MessagingMetrics metrics;

    OutboxHealthIndicator(MessagingMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public Health health() {
        var failed = metrics.failed();
        return (failed == 0 ? Health.up() : Health.down())
                .withDetail("failed", failed)
                .build();
    }
}

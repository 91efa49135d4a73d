package org.emporium.ordering.infrastructure.config;

import java.time.Duration;
import org.emporium.ordering.application.OrderingSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code emporium.ordering.*}.
 *
 * @param paymentWindow how long an order may stay unpaid before the expiry job expires it
 * @param expiryInterval how often the expiry job runs
 */
@ConfigurationProperties("emporium.ordering")
public record OrderingProperties(Duration paymentWindow, Duration expiryInterval) implements OrderingSettings {
    public OrderingProperties {
        paymentWindow = paymentWindow == null ? Duration.ofMinutes(30) : paymentWindow;
        expiryInterval = expiryInterval == null ? Duration.ofSeconds(30) : expiryInterval;
    }
}

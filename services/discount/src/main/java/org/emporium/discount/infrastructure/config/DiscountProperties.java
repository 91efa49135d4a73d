package org.emporium.discount.infrastructure.config;

import java.time.Duration;
import org.emporium.discount.application.RedemptionSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code emporium.discount.*}.
 *
 * @param reservationHold how long a reservation waits for its order to be paid before the expiry job releases it
 * @param expiryInterval how often the expiry job runs
 */
@ConfigurationProperties("emporium.discount")
public record DiscountProperties(Duration reservationHold, Duration expiryInterval) implements RedemptionSettings {
    public DiscountProperties {
        reservationHold = reservationHold == null ? Duration.ofHours(2) : reservationHold;
        expiryInterval = expiryInterval == null ? Duration.ofMinutes(1) : expiryInterval;
    }
}

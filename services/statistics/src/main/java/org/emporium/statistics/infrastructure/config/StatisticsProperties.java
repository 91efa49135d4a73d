package org.emporium.statistics.infrastructure.config;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code emporium.statistics.*}: the shop's time zone (whose days the reports count) and the live interval. */
@ConfigurationProperties("emporium.statistics")
public record StatisticsProperties(ZoneId zone, Duration liveInterval) {
    public StatisticsProperties {
        zone = zone == null ? ZoneId.of("Europe/Berlin") : zone;
        liveInterval = liveInterval == null ? Duration.ofSeconds(1) : liveInterval;
    }
}

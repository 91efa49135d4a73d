package org.emporium.basket.infrastructure.redis;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code emporium.basket.*}: how long an untouched basket is kept (every write renews it). */
@ConfigurationProperties("emporium.basket")
public record BasketProperties(@DefaultValue("30d") Duration idleExpiry) {}

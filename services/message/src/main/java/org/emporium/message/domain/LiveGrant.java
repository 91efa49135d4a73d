package org.emporium.message.domain;

import java.time.Instant;
import java.util.UUID;

/** What a redeemed live ticket allows: {@code userId}'s live stream until {@code until} (their token's expiry). */
public record LiveGrant(UUID userId, Instant until) {}

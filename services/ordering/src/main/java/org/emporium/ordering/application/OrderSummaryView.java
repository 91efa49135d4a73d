package org.emporium.ordering.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An order in a list. */
public record OrderSummaryView(
        UUID id,
        UUID customerId,
        String status,
        String currency,
        BigDecimal total,
        int itemCount,
        Instant createdAt,
        Instant updatedAt) {}

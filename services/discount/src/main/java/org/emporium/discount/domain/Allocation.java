package org.emporium.discount.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** The part of a discount that falls on one line. */
public record Allocation(UUID productId, BigDecimal discount) {}

package org.emporium.ordering.application;

import org.emporium.ordering.domain.OrderId;

/** The order a checkout answers, and whether this request placed it (201) or replayed an earlier one (200). */
public record CheckoutResult(OrderId orderId, boolean created) {}

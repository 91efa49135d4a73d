package org.emporium.ordering.application;

import org.jspecify.annotations.Nullable;

/** What paying did: {@code PAID}, or declined by the provider with its reason (the order is unchanged). */
public record PaymentOutcome(boolean paid, @Nullable String declineReason) {}

package org.emporium.ordering.api;

import jakarta.validation.constraints.Size;
import org.emporium.ordering.domain.Order;
import org.jspecify.annotations.Nullable;

/**
 * An optional note with a cancellation, stored with the order ({@code cancelNote}) and never logged; the recorded
 * reason is {@code CUSTOMER_REQUEST}, or {@code ADMIN} when an admin cancels.
 */
record CancelRequest(
        @Nullable @Size(max = Order.MAX_NOTE_LENGTH) String reason) {}

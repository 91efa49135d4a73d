package org.emporium.ordering.api;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An optional note with a cancellation (logged; the recorded reason is {@code CUSTOMER_REQUEST}). */
record CancelRequest(@Nullable @Size(max = 500) String reason) {}

package org.emporium.ordering.application;

import jakarta.validation.constraints.Min;
import org.emporium.platform.mediator.Command;

/** Expires up to {@code limit} orders left unpaid past the payment window; answers how many. */
public record ExpireUnpaidOrders(@Min(1) int limit) implements Command<Integer> {}

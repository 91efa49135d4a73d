package org.emporium.ordering.application;

import jakarta.validation.constraints.Min;
import org.emporium.platform.mediator.Command;
import org.emporium.platform.mediator.OwnTransactions;

/**
 * Expires up to {@code limit} orders left unpaid past the payment window, each in its own transaction; answers how
 * many expired.
 */
public record ExpireUnpaidOrders(@Min(1) int limit) implements Command<Integer>, OwnTransactions {}

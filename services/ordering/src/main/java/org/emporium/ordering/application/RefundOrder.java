package org.emporium.ordering.application;

import jakarta.validation.constraints.NotNull;
import org.emporium.ordering.domain.OrderId;
import org.emporium.platform.mediator.Command;
import org.emporium.platform.mediator.OwnTransactions;

/**
 * Refunds a cancelled paid order not refunded yet; answers whether a refund was recorded now. Safe to send again
 * (after a crash, by the retry job): the provider refunds one charge once and a recorded refund is kept.
 */
public record RefundOrder(@NotNull OrderId orderId) implements Command<Boolean>, OwnTransactions {}

package org.emporium.ordering.application;

import java.time.Clock;
import org.emporium.ordering.application.payment.PaymentGateway;
import org.emporium.ordering.domain.CardNumber;
import org.emporium.ordering.domain.Order;
import org.emporium.ordering.domain.OrderStatus;
import org.emporium.ordering.domain.OrderingErrors;
import org.emporium.ordering.domain.Orders;
import org.emporium.ordering.domain.Payment;
import org.emporium.platform.mediator.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pays in three steps so the provider is never called while a connection or a row lock is held:
 *
 * <ol>
 *   <li>a short transaction checks the order is the caller's and payable (404 / 409 before anything is charged);
 *   <li>the charge, with no transaction open; the provider is keyed by order, so two concurrent payments of one
 *       order charge it once and both get the same reference;
 *   <li>a short transaction locks the order again and records {@code PAID}: the same reference already recorded
 *       answers paid again (idempotent); an order that moved on meanwhile (cancelled, expired) gets the charge
 *       refunded at once and the caller a 409.
 * </ol>
 *
 * Keeps only the last four digits and the provider's reference.
 */
@Component
class PayOrderHandler implements Handler<PayOrder, PaymentOutcome> {
    private static final Logger log = LoggerFactory.getLogger(PayOrderHandler.class);
    private final Orders orders;
    private final PaymentGateway payments;
    private final TransactionTemplate writes;
    private final Clock clock;

    PayOrderHandler(Orders orders, PaymentGateway payments, PlatformTransactionManager transactions, Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.writes = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public PaymentOutcome handle(PayOrder command) {
        var card = CardNumber.parse(command.cardNumber());
        var checked = writes.execute(status -> {
            var order = OrderAccess.locked(orders, command.orderId(), command.customerId());
            order.requirePayable();
            return order;
        });
        var totals = checked.totals();
        var result = payments.charge(checked.id(), totals.total(), totals.currency(), card);
        return switch (result) {
            case PaymentGateway.ChargeResult.Approved approved -> record(command, card, approved.reference());
            case PaymentGateway.ChargeResult.Declined declined -> new PaymentOutcome(false, declined.reason());
            case PaymentGateway.ChargeResult.TimedOut timedOut -> throw OrderingErrors.paymentUnavailable();
        };
    }

    private PaymentOutcome record(PayOrder command, CardNumber card, String reference) {
        var movedOn = writes.execute(status -> {
            var order = OrderAccess.locked(orders, command.orderId(), command.customerId());
            var recorded = order.payment();
            if (recorded != null && recorded.providerReference().equals(reference)) {
                return null;
            }
            if (order.status() != OrderStatus.AWAITING_PAYMENT) {
                return order;
            }
            var now = clock.instant();
            order.paid(new Payment(card.last4(), reference, now, null), now);
            orders.save(order, "customer:" + command.customerId());
            return null;
        });
        if (movedOn == null) {
            return new PaymentOutcome(true, null);
        }
        refundCharge(movedOn, reference);
        throw OrderingErrors.illegalTransition(movedOn.id(), movedOn.status(), OrderStatus.PAID);
    }

    /** The order was cancelled or expired while the charge ran: give the money back (provider-idempotent). */
    private void refundCharge(Order order, String reference) {
        var totals = order.totals();
        var refund = payments.refund(order.id(), reference, totals.total(), totals.currency());
        log.info(
                "Order {} moved to {} while it was charged; charge {} refunded: {}",
                order.id(),
                order.status(),
                reference,
                refund);
    }
}

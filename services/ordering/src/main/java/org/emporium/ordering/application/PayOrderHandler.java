package org.emporium.ordering.application;

import java.time.Clock;
import org.emporium.ordering.application.payment.PaymentGateway;
import org.emporium.ordering.domain.CardNumber;
import org.emporium.ordering.domain.OrderingErrors;
import org.emporium.ordering.domain.Orders;
import org.emporium.ordering.domain.Payment;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

/**
 * Checks the order is payable before charging (under its row lock, so one order is charged once at a time), then
 * charges through the {@link PaymentGateway}; keeps only the last four digits and the provider's reference.
 */
@Component
class PayOrderHandler implements Handler<PayOrder, PaymentOutcome> {
    private final Orders orders;
    private final PaymentGateway payments;
    private final Clock clock;

    PayOrderHandler(Orders orders, PaymentGateway payments, Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.clock = clock;
    }

    @Override
    public PaymentOutcome handle(PayOrder command) {
        var order = OrderAccess.locked(orders, command.orderId(), command.customerId());
        order.requirePayable();
        var card = CardNumber.parse(command.cardNumber());
        var totals = order.totals();
        var result = payments.charge(order.id(), totals.total(), totals.currency(), card);
        return switch (result) {
            case PaymentGateway.ChargeResult.Approved approved -> {
                var now = clock.instant();
                order.paid(new Payment(card.last4(), approved.reference(), now, null), now);
                orders.save(order, "customer:" + command.customerId());
                yield new PaymentOutcome(true, null);
            }
            case PaymentGateway.ChargeResult.Declined declined -> new PaymentOutcome(false, declined.reason());
            case PaymentGateway.ChargeResult.TimedOut timedOut -> throw OrderingErrors.paymentUnavailable();
        };
    }
}

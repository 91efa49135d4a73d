package org.emporium.ordering.infrastructure.payment;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.emporium.ordering.application.payment.PaymentGateway;
import org.emporium.ordering.domain.CardNumber;
import org.emporium.ordering.domain.OrderId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A payment provider that moves no money, answering by the card number (documented in docs/ordering.md):
 * {@value #DECLINED} is declined, {@value #TIMEOUT} times out, every other valid number is approved. Charging one
 * order twice answers the first reference again, as a real provider keyed by order would.
 */
public final class SimulatedPaymentProvider implements PaymentGateway {
    public static final String SUCCESS = "4242424242424242";
    public static final String DECLINED = "4000000000000002";
    public static final String TIMEOUT = "4000000000000119";

    private static final Logger log = LoggerFactory.getLogger(SimulatedPaymentProvider.class);
    private final Map<OrderId, String> charges = new ConcurrentHashMap<>();

    @Override
    public ChargeResult charge(OrderId orderId, BigDecimal amount, String currency, CardNumber card) {
        return switch (card.digits()) {
            case DECLINED -> {
                log.info("Simulated payment declined for order {} (card {})", orderId, card);
                yield new ChargeResult.Declined("card_declined");
            }
            case TIMEOUT -> {
                log.info("Simulated payment timed out for order {} (card {})", orderId, card);
                yield new ChargeResult.TimedOut();
            }
            default -> {
                var reference = charges.computeIfAbsent(orderId, id -> "sim_ch_" + UUID.randomUUID());
                log.info("Simulated payment of {} {} for order {}: {}", amount, currency, orderId, reference);
                yield new ChargeResult.Approved(reference);
            }
        };
    }

    @Override
    public String refund(OrderId orderId, String chargeReference, BigDecimal amount, String currency) {
        var reference = "sim_re_" + UUID.randomUUID();
        log.info(
                "Simulated refund of {} {} for order {} (charge {}): {}",
                amount,
                currency,
                orderId,
                chargeReference,
                reference);
        return reference;
    }
}

package org.emporium.ordering.infrastructure.payment;

import java.math.BigDecimal;
import java.time.Duration;
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
 * {@value #DECLINED} is declined, {@value #TIMEOUT} times out, {@value #SLOW} is approved after 3 s, every other
 * valid number is approved at once. Charging one
 * order twice answers the first reference again, and refunding one charge twice the first refund, as a real provider
 * keyed by order and charge would.
 */
public final class SimulatedPaymentProvider implements PaymentGateway {
    public static final String SUCCESS = "4242424242424242";
    public static final String DECLINED = "4000000000000002";
    public static final String TIMEOUT = "4000000000000119";
    /** Approved after {@link #SLOW_DELAY}, like a provider having a bad moment (shows nothing waits on it). */
    public static final String SLOW = "4000000000003220";

    static final Duration SLOW_DELAY = Duration.ofSeconds(3);

    private static final Logger log = LoggerFactory.getLogger(SimulatedPaymentProvider.class);
    private final Map<OrderId, String> charges = new ConcurrentHashMap<>();
    private final Map<String, String> refunds = new ConcurrentHashMap<>();

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
            case SLOW -> {
                log.info("Simulated slow payment started for order {}", orderId);
                pause();
                yield approve(orderId, amount, currency);
            }
            default -> approve(orderId, amount, currency);
        };
    }

    private ChargeResult approve(OrderId orderId, BigDecimal amount, String currency) {
        var reference = charges.computeIfAbsent(orderId, id -> "sim_ch_" + UUID.randomUUID());
        log.info("Simulated payment of {} {} for order {}: {}", amount, currency, orderId, reference);
        return new ChargeResult.Approved(reference);
    }

    private static void pause() {
        try {
            Thread.sleep(SLOW_DELAY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String refund(OrderId orderId, String chargeReference, BigDecimal amount, String currency) {
        var reference = refunds.computeIfAbsent(chargeReference, charge -> "sim_re_" + UUID.randomUUID());
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

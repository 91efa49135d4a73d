package org.emporium.ordering.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import org.emporium.ordering.domain.CheckoutAttempt;
import org.emporium.ordering.domain.CheckoutAttempts;
import org.emporium.ordering.domain.CheckoutPricing;
import org.emporium.ordering.domain.Order;
import org.emporium.ordering.domain.OrderId;
import org.emporium.ordering.domain.OrderingErrors;
import org.emporium.ordering.domain.Orders;
import org.emporium.ordering.domain.Totals;
import org.emporium.platform.mediator.AfterTransaction;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

/**
 * Checkout in one transaction: claim the Idempotency-Key (the unique constraint decides a race; the loser waits
 * for the winner and replays its order), read the basket, re-price at catalog's prices, reserve the coupon, refuse
 * moved prices, then store the order {@code PENDING} with its events in the outbox. The order id is random; when
 * the transaction rolls back after the coupon was reserved, the reservation is released (and discount's expiry
 * releases it anyway should that call fail).
 */
@Component
class CheckoutHandler implements Handler<Checkout, CheckoutResult> {
    private final CheckoutAttempts attempts;
    private final Orders orders;
    private final BasketSource baskets;
    private final CatalogPrices catalog;
    private final CouponReservations coupons;
    private final Clock clock;

    CheckoutHandler(
            CheckoutAttempts attempts,
            Orders orders,
            BasketSource baskets,
            CatalogPrices catalog,
            CouponReservations coupons,
            Clock clock) {
        this.attempts = attempts;
        this.orders = orders;
        this.baskets = baskets;
        this.catalog = catalog;
        this.coupons = coupons;
        this.clock = clock;
    }

    @Override
    public CheckoutResult handle(Checkout command) {
        var now = clock.instant();
        var fingerprint = fingerprint(command);
        var orderId = OrderId.random();
        var held = attempts.claim(
                new CheckoutAttempt(command.customerId(), command.idempotencyKey(), fingerprint, orderId, now));
        if (held.isPresent()) {
            return new CheckoutResult(held.get().replay(fingerprint), false);
        }
        var basket = baskets.basketOf(command.customerId());
        if (basket.lines().isEmpty() || basket.currency() == null) {
            throw OrderingErrors.emptyBasket();
        }
        var currency = basket.currency();
        var basketLines = basket.lines().stream()
                .map(l -> new CheckoutPricing.BasketLine(
                        l.productId(), l.name(), l.categoryId(), l.quantity(), l.unitPrice()))
                .toList();
        var prices = catalog.lookup(
                basketLines.stream().map(CheckoutPricing.BasketLine::productId).toList());
        var lines = CheckoutPricing.price(currency, basketLines, prices, Map.of());
        var code = basket.couponCode();
        if (code != null) {
            AfterTransaction.rollback(() -> coupons.release(orderId));
            var discounts = coupons.reserve(
                    orderId,
                    command.customerId(),
                    code,
                    currency,
                    lines.stream()
                            .map(l -> new CouponReservations.Line(
                                    l.productId(), l.categoryId(), l.unitPrice(), l.quantity()))
                            .toList());
            lines = CheckoutPricing.price(currency, basketLines, prices, discounts);
        }
        var totals = Totals.of(currency, lines, code);
        CheckoutPricing.verify(basketLines, lines, totals, command.expectedTotal());
        var order = Order.place(
                orderId, command.customerId(), lines, totals, basket.revision(), command.shippingAddress(), now);
        orders.save(order, "customer:" + command.customerId());
        return new CheckoutResult(orderId, true);
    }

    /** A digest of the body as the server understood it (address fields, expected total as money). */
    static String fingerprint(Checkout command) {
        var a = command.shippingAddress();
        var expected = command.expectedTotal() == null
                ? "-"
                : command.expectedTotal().stripTrailingZeros().toPlainString();
        var canonical = String.join(
                "\u0000",
                a.name(),
                a.line1(),
                a.line2() == null ? "-" : a.line2(),
                a.postalCode(),
                a.city(),
                a.country(),
                expected);
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

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
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checkout. The calls to other services are made outside any transaction, so no pooled connection or row lock waits
 * on basket's, catalog's or discount's latency ({@link Checkout} is {@code OwnTransactions}):
 *
 * <ol>
 *   <li>a retry of a live Idempotency-Key is answered from the first attempt before anything else (its basket is
 *       already cleared);
 *   <li>read the basket, re-price at catalog's prices; without {@code expectedTotal}, refuse moved prices now, before
 *       a coupon use is reserved for an order that will not be placed;
 *   <li>reserve the coupon with discount (for a new random order id), refuse a moved total;
 *   <li>one short transaction: claim the key (the unique constraint decides a race: the loser waits for the
 *       winner's commit and replays its order) and store the order {@code PENDING} with its events in the outbox.
 * </ol>
 *
 * Whenever the order is not stored after a reservation was asked for (refused, lost the race, failed), the
 * reservation is released; discount's hold expiry releases it should that call fail too.
 */
@Component
class CheckoutHandler implements Handler<Checkout, CheckoutResult> {
    private final CheckoutAttempts attempts;
    private final Orders orders;
    private final BasketSource baskets;
    private final CatalogPrices catalog;
    private final CouponReservations coupons;
    private final TransactionTemplate writes;
    private final Clock clock;

    CheckoutHandler(
            CheckoutAttempts attempts,
            Orders orders,
            BasketSource baskets,
            CatalogPrices catalog,
            CouponReservations coupons,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.attempts = attempts;
        this.orders = orders;
        this.baskets = baskets;
        this.catalog = catalog;
        this.coupons = coupons;
        this.writes = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public CheckoutResult handle(Checkout command) {
        var now = clock.instant();
        var fingerprint = fingerprint(command);
        var previous = attempts.find(command.customerId(), command.idempotencyKey());
        if (previous.isPresent() && !previous.get().expired(now)) {
            return new CheckoutResult(previous.get().replay(fingerprint), false);
        }
        var basket = baskets.basketOf(command.customerId());
        if (basket.lines().isEmpty() || basket.currency() == null) {
            // A concurrent request with the same key may have placed the order (and basket emptied itself on its
            // event) between the read above and the basket's: that is a retry of it, not an empty basket.
            var winner = attempts.find(command.customerId(), command.idempotencyKey());
            if (winner.isPresent() && !winner.get().expired(now)) {
                return new CheckoutResult(winner.get().replay(fingerprint), false);
            }
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
        if (command.expectedTotal() == null) {
            CheckoutPricing.verify(basketLines, lines, Totals.of(currency, lines, code), null);
        }
        var orderId = OrderId.random();
        var placed = false;
        try {
            if (code != null) {
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
            var held = writes.execute(status -> {
                var claim = attempts.claim(
                        new CheckoutAttempt(command.customerId(), command.idempotencyKey(), fingerprint, orderId, now));
                if (claim.isEmpty()) {
                    orders.save(order, "customer:" + command.customerId());
                }
                return claim;
            });
            if (held != null && held.isPresent()) {
                return new CheckoutResult(held.get().replay(fingerprint), false);
            }
            placed = true;
            return new CheckoutResult(orderId, true);
        } finally {
            if (code != null && !placed) {
                coupons.release(orderId);
            }
        }
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

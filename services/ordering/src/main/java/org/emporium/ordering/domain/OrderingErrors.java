package org.emporium.ordering.domain;

import java.util.Map;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;

/**
 * Every refusal of ordering, named once: one method per condition, each with one stable code (documented in
 * docs/ordering.md) and one status through its {@link ErrorKind}.
 */
public final class OrderingErrors {
    public static final String ORDER_NOT_FOUND = "ORDERING.ORDER_NOT_FOUND";
    public static final String ILLEGAL_TRANSITION = "ORDERING.ILLEGAL_TRANSITION";
    public static final String BASKET_EMPTY = "ORDERING.BASKET_EMPTY";
    public static final String PRICE_CHANGED = "ORDERING.PRICE_CHANGED";
    public static final String PRODUCT_UNAVAILABLE = "ORDERING.PRODUCT_UNAVAILABLE";
    public static final String COUPON_REJECTED = "ORDERING.COUPON_REJECTED";
    public static final String IDEMPOTENCY_KEY_REUSED = "ORDERING.IDEMPOTENCY_KEY_REUSED";
    public static final String PAYMENT_DECLINED = "ORDERING.PAYMENT_DECLINED";
    public static final String PAYMENT_UNAVAILABLE = "ORDERING.PAYMENT_UNAVAILABLE";
    public static final String INVALID_CARD = "ORDERING.INVALID_CARD";

    private OrderingErrors() {}

    /** 404: the order does not exist, or it is another customer's (never told apart). */
    public static DomainException orderNotFound(Object id) {
        return DomainException.notFound(ORDER_NOT_FOUND, "Order " + id + " does not exist.");
    }

    /** 409: the order's state machine does not allow this move; names both statuses. */
    public static DomainException illegalTransition(OrderId id, OrderStatus from, OrderStatus to) {
        return new DomainException(
                ILLEGAL_TRANSITION,
                ErrorKind.CONFLICT,
                "Order " + id + " cannot move from " + from + " to " + to + ".",
                Map.of("from", from.name(), "to", to.name()));
    }

    /** 422: checkout of an empty basket. */
    public static DomainException emptyBasket() {
        return DomainException.ruleViolated(BASKET_EMPTY, "The basket is empty; add products before checking out.");
    }

    /** 422: the same Idempotency-Key was used before with a different request body. */
    public static DomainException idempotencyKeyReused() {
        return DomainException.ruleViolated(
                IDEMPOTENCY_KEY_REUSED,
                "This Idempotency-Key was used for a different checkout; use a new key for a new request.");
    }

    /** 422: discount refused the basket's coupon; {@code reason} is discount's (e.g. {@code EXHAUSTED}). */
    public static DomainException couponRejected(String code, String reason) {
        return new DomainException(
                COUPON_REJECTED,
                ErrorKind.RULE_VIOLATED,
                "The coupon " + code + " cannot be used: " + reason + ". Remove it from the basket or use another.",
                Map.of("reason", reason));
    }

    /** 503: the payment provider did not answer in time; nothing was charged and the order stays payable. */
    public static DomainException paymentUnavailable() {
        return new DomainException(
                PAYMENT_UNAVAILABLE,
                ErrorKind.UNAVAILABLE,
                "The payment provider did not answer in time; nothing was charged. Try again shortly.");
    }
}

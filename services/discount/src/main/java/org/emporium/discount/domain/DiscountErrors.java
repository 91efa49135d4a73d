package org.emporium.discount.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
import org.jspecify.annotations.Nullable;

/**
 * Every refusal of the discount service, named once, each with one stable code (docs/discount.md). A stale version
 * is the platform's 412 {@code REQUEST.STALE_VERSION}.
 */
public final class DiscountErrors {
    public static final String COUPON_NOT_FOUND = "DISCOUNT.COUPON_NOT_FOUND";
    public static final String CODE_TAKEN = "DISCOUNT.CODE_TAKEN";
    public static final String INVALID_CODE = "DISCOUNT.INVALID_CODE";
    public static final String INVALID_COUPON = "DISCOUNT.INVALID_COUPON";
    public static final String COUPON_IN_USE = "DISCOUNT.COUPON_IN_USE";
    public static final String COUPON_REJECTED = "DISCOUNT.COUPON_REJECTED";
    public static final String INVALID_QUOTE = "DISCOUNT.INVALID_QUOTE";
    public static final String REDEMPTION_NOT_FOUND = "DISCOUNT.REDEMPTION_NOT_FOUND";
    public static final String ORDER_ALREADY_RESERVED = "DISCOUNT.ORDER_ALREADY_RESERVED";

    private DiscountErrors() {}

    /** 404. */
    public static DomainException couponNotFound(Object id) {
        return DomainException.notFound(COUPON_NOT_FOUND, "Coupon " + id + " does not exist.");
    }

    /** 404. */
    public static DomainException redemptionNotFound(Object orderId) {
        return DomainException.notFound(REDEMPTION_NOT_FOUND, "Order " + orderId + " has no coupon redemption.");
    }

    /** 409: the order got a reservation (under another code) at the same moment. */
    public static DomainException orderAlreadyReserved(Object orderId) {
        return DomainException.conflict(
                ORDER_ALREADY_RESERVED, "Order " + orderId + " already has a coupon reservation.");
    }

    /** 409: codes are unique, whatever their case. */
    public static DomainException codeTaken(CouponCode code) {
        return DomainException.conflict(CODE_TAKEN, "Another coupon has the code " + code + ".");
    }

    /** 422. */
    public static DomainException invalidCode() {
        return new DomainException(
                INVALID_CODE,
                ErrorKind.INVALID,
                "A code is 3 to 32 letters, digits or hyphens.",
                Map.of("field", "code"));
    }

    /** 422: a term of a coupon breaks its rules; {@code field} names it. */
    public static DomainException invalidCoupon(String field, String why) {
        return new DomainException(INVALID_COUPON, ErrorKind.INVALID, field + " " + why + ".", Map.of("field", field));
    }

    /** 422: a quote's lines cannot be priced together ({@code field} names the offending one). */
    public static DomainException invalidQuote(String field, String why) {
        return new DomainException(INVALID_QUOTE, ErrorKind.INVALID, field + " " + why + ".", Map.of("field", field));
    }

    /** 409: a coupon that has been reserved or redeemed is kept for the record; deactivate it instead. */
    public static DomainException couponInUse(CouponId id) {
        return DomainException.conflict(
                COUPON_IN_USE, "Coupon " + id + " has redemptions and cannot be deleted; deactivate it instead.");
    }

    /** 422: a reservation refused, with the quote's precise reason. */
    public static DomainException couponRejected(QuoteReason reason, @Nullable BigDecimal missingAmount) {
        var details = new LinkedHashMap<String, Object>();
        details.put("reason", reason.name());
        if (missingAmount != null) {
            details.put("missingAmount", missingAmount);
        }
        return new DomainException(
                COUPON_REJECTED, ErrorKind.RULE_VIOLATED, "The coupon does not apply: " + reason + ".", details);
    }
}

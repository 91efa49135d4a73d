package org.emporium.basket.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
import org.jspecify.annotations.Nullable;

/**
 * Every refusal of the basket, named once: one method per condition, one stable code (documented in
 * docs/basket.md), one status through its {@link ErrorKind}.
 */
public final class BasketErrors {
    public static final String PRODUCT_NOT_FOUND = "BASKET.PRODUCT_NOT_FOUND";
    public static final String PRODUCT_UNAVAILABLE = "BASKET.PRODUCT_UNAVAILABLE";
    public static final String QUANTITY_OUT_OF_RANGE = "BASKET.QUANTITY_OUT_OF_RANGE";
    public static final String TOO_MANY_LINES = "BASKET.TOO_MANY_LINES";
    public static final String CURRENCY_MISMATCH = "BASKET.CURRENCY_MISMATCH";
    public static final String LINE_NOT_FOUND = "BASKET.LINE_NOT_FOUND";
    public static final String COUPON_REJECTED = "BASKET.COUPON_REJECTED";
    public static final String EMPTY_BASKET = "BASKET.EMPTY";
    public static final String STORE_UNAVAILABLE = "BASKET.STORE_UNAVAILABLE";
    public static final String BUSY = "BASKET.BUSY";
    public static final String DISCOUNT_UNAVAILABLE = "BASKET.DISCOUNT_UNAVAILABLE";
    public static final String CATALOG_UNAVAILABLE = "BASKET.CATALOG_UNAVAILABLE";

    private BasketErrors() {}

    /** 422: the product to add is not in the catalog (or not published). */
    public static DomainException productNotFound(UUID productId) {
        return new DomainException(
                PRODUCT_NOT_FOUND,
                ErrorKind.RULE_VIOLATED,
                "Product " + productId + " does not exist.",
                Map.of("productId", productId.toString()));
    }

    /** 422: the product exists but cannot be bought (archived or deleted). */
    public static DomainException productUnavailable(UUID productId) {
        return new DomainException(
                PRODUCT_UNAVAILABLE,
                ErrorKind.RULE_VIOLATED,
                "Product " + productId + " is not available.",
                Map.of("productId", productId.toString()));
    }

    /** 422: the resulting quantity of a line would leave 1..max; never silently capped. */
    public static DomainException quantityOutOfRange(UUID productId, long requested, int max) {
        return new DomainException(
                QUANTITY_OUT_OF_RANGE,
                ErrorKind.RULE_VIOLATED,
                "The quantity of a line is 1 to " + max + "; this change would make it " + requested + ".",
                Map.of("productId", productId.toString(), "requested", requested, "max", max));
    }

    /** 422: a new line would exceed the basket's line limit. */
    public static DomainException tooManyLines(int max) {
        return new DomainException(
                TOO_MANY_LINES,
                ErrorKind.RULE_VIOLATED,
                "A basket holds at most " + max + " lines.",
                Map.of("max", max));
    }

    /** 422: the product is priced in another currency than the basket's. */
    public static DomainException currencyMismatch(String basketCurrency, String productCurrency) {
        return new DomainException(
                CURRENCY_MISMATCH,
                ErrorKind.RULE_VIOLATED,
                "The basket is in " + basketCurrency + "; this product is priced in " + productCurrency + ".",
                Map.of("basketCurrency", basketCurrency, "productCurrency", productCurrency));
    }

    /** 422: a coupon cannot be applied to an empty basket. */
    public static DomainException emptyBasket() {
        return DomainException.ruleViolated(EMPTY_BASKET, "The basket is empty.");
    }

    /** 422: discount answered that the coupon does not apply, with its precise reason. */
    public static DomainException couponRejected(String code, String reason, @Nullable BigDecimal missingAmount) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("couponCode", code);
        details.put("reason", reason);
        if (missingAmount != null) {
            details.put("missingAmount", missingAmount);
        }
        return new DomainException(
                COUPON_REJECTED,
                ErrorKind.RULE_VIOLATED,
                "Coupon " + code + " does not apply (" + reason + ").",
                details);
    }

    /** 503: Redis does not answer (bounded timeouts); the client may retry. */
    public static DomainException storeUnavailable() {
        return new DomainException(
                STORE_UNAVAILABLE, ErrorKind.UNAVAILABLE, "The basket store is unavailable; try again shortly.");
    }

    /** 503: too many writes raced on this basket; nothing was changed. */
    public static DomainException busy() {
        return new DomainException(
                BUSY, ErrorKind.UNAVAILABLE, "The basket is being changed concurrently; nothing was changed, retry.");
    }

    /** 503: discount does not answer or its circuit is open. */
    public static DomainException discountUnavailable() {
        return new DomainException(
                DISCOUNT_UNAVAILABLE, ErrorKind.UNAVAILABLE, "Coupons cannot be checked right now; try again shortly.");
    }

    /** 503: catalog does not answer for a product the basket has not seen yet. */
    public static DomainException catalogUnavailable() {
        return new DomainException(
                CATALOG_UNAVAILABLE, ErrorKind.UNAVAILABLE, "The catalog cannot be reached; try again shortly.");
    }
}

package org.emporium.discount.domain;

/** Why a coupon does not apply to a basket; the precise first rule it breaks (checked in declaration order). */
public enum QuoteReason {
    UNKNOWN,
    INACTIVE,
    NOT_YET_VALID,
    EXPIRED,
    CURRENCY_MISMATCH,
    FIRST_ORDER_ONLY,
    EXHAUSTED,
    CUSTOMER_LIMIT_REACHED,
    NOT_APPLICABLE,
    MINIMUM_NOT_MET
}

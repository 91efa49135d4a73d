package org.emporium.ordering.domain;

/** Why an order ended without being delivered; carried by the status change and the cancelled event. */
public enum CancelReason {
    CUSTOMER_REQUEST,
    STOCK_REJECTED,
    PAYMENT_TIMEOUT
}

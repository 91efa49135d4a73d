package org.emporium.ordering.domain;

/** Why an order ended without being delivered; carried by the status change and the cancelled event. */
public enum CancelReason {
    CUSTOMER_REQUEST,
    /** An admin cancelled it (for the customer, or to stop a fraudulent or unfulfillable order). */
    ADMIN,
    STOCK_REJECTED,
    PAYMENT_TIMEOUT
}

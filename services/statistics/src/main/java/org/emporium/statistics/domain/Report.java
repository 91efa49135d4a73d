package org.emporium.statistics.domain;

/** The reports the service answers (docs/statistics.md lists each one's figures and source events). */
public enum Report {
    SALES,
    PRODUCTS,
    COUPONS,
    CUSTOMERS,
    REVIEWS,
    CATALOG
}

package org.emporium.catalog.domain.product;

/** Why a product line cannot be reserved. */
public enum StockShortage {
    /** No such product (it may have been deleted). */
    UNKNOWN_PRODUCT,
    /** The product is a draft or archived. */
    NOT_AVAILABLE,
    /** Fewer on hand than requested. */
    INSUFFICIENT_STOCK
}

package org.emporium.discount.domain;

/** A redemption's life: reserved at checkout, redeemed when the order is paid, released otherwise. */
public enum RedemptionState {
    RESERVED,
    REDEEMED,
    RELEASED
}

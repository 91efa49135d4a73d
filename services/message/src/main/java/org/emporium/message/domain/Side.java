package org.emporium.message.domain;

/** The two sides of a support conversation: the customer who opened it, and support (any admin). */
public enum Side {
    CUSTOMER,
    SUPPORT
}

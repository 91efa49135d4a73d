package org.emporium.message.domain;

/** What a notification is about; each kind has one template in {@link NotificationTemplates}. */
public enum NotificationKind {
    WELCOME,
    ORDER_RECEIVED,
    ORDER_AWAITING_PAYMENT,
    ORDER_PAID,
    ORDER_SHIPPED,
    ORDER_DELIVERED,
    ORDER_CANCELLED,
    ORDER_EXPIRED,
    REVIEW_APPROVED,
    REVIEW_REJECTED,
    CONVERSATION_REPLY
}

package org.emporium.message.application;

import java.time.Instant;

/** One message of a conversation: {@code side} is CUSTOMER or SUPPORT; {@code text} is plain text. */
public record ConversationMessageView(long id, String side, String text, Instant createdAt) {}

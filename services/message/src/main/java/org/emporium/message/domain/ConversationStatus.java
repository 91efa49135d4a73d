package org.emporium.message.domain;

/** A conversation is open until either side closes it; a closed one takes no more messages. */
public enum ConversationStatus {
    OPEN,
    CLOSED
}

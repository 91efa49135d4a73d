package org.emporium.contracts.identity;

import java.time.Instant;
import java.util.UUID;
import org.emporium.contracts.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/**
 * {@code identity.user-registered} v1: a customer account was created. Published by identity through its outbox in
 * the registration's transaction.
 *
 * @param userId the new user's id (the {@code sub} of their tokens)
 * @param email the address they registered with, as typed
 * @param displayName the name to show for them
 * @param registeredAt when the account was created
 */
public record UserRegistered(UUID userId, String email, String displayName, Instant registeredAt)
        implements IntegrationEvent {
    public static final String ROUTING_KEY = "identity.user-registered";

    @Override
    public String routingKey() {
        return ROUTING_KEY;
    }

    @Override
    public @Nullable String subject() {
        return userId == null ? null : userId.toString();
    }
}

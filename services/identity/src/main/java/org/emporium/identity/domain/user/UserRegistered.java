package org.emporium.identity.domain.user;

import java.time.Instant;

/** A new account exists. */
public record UserRegistered(UserId userId, EmailAddress email, String displayName, Instant registeredAt) {}

package org.emporium.identity.application.users;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account as shown to its owner or an admin; never the password hash. */
public record UserView(
        UUID id, String email, String displayName, List<String> roles, boolean enabled, Instant registeredAt) {}

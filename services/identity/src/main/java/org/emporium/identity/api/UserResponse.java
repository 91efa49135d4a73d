package org.emporium.identity.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.emporium.identity.application.users.UserView;

/** An account as the API shows it. */
public record UserResponse(
        UUID id, String email, String displayName, List<String> roles, boolean enabled, Instant registeredAt) {
    static UserResponse of(UserView view) {
        return new UserResponse(
                view.id(), view.email(), view.displayName(), view.roles(), view.enabled(), view.registeredAt());
    }
}

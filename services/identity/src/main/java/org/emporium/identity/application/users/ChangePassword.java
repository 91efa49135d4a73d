package org.emporium.identity.application.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.emporium.identity.domain.user.UserId;
import org.emporium.platform.mediator.Command;

/**
 * Replaces the password; the current one is required and checked through the sign-in throttle (counted like a
 * sign-in from {@code clientAddress}), and every refresh token of the user is revoked.
 */
public record ChangePassword(
        @NotNull UserId userId,
        @NotBlank @Size(max = 200) String currentPassword,
        @NotNull @Size(max = 200) String newPassword,
        @Size(max = 100) String clientAddress)
        implements Command<UserId> {
    @Override
    public String toString() {
        return "ChangePassword[userId=" + userId + "]";
    }
}

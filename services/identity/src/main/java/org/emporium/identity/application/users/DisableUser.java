package org.emporium.identity.application.users;

import jakarta.validation.constraints.NotNull;
import org.emporium.identity.domain.user.UserId;
import org.emporium.platform.mediator.Command;

/** An admin stops an account: no sign-in, no refresh; its refresh tokens are revoked. */
public record DisableUser(@NotNull UserId userId, @NotNull UserId actingAdmin) implements Command<UserId> {}

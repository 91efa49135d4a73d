package org.emporium.identity.application.users;

import jakarta.validation.constraints.NotNull;
import org.emporium.identity.domain.user.Role;
import org.emporium.identity.domain.user.UserId;
import org.emporium.platform.mediator.Command;

/** An admin gives a user a role; granting a role the user has changes nothing. */
public record GrantRole(@NotNull UserId userId, @NotNull Role role) implements Command<UserId> {}

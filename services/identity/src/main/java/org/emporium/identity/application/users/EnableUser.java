package org.emporium.identity.application.users;

import jakarta.validation.constraints.NotNull;
import org.emporium.identity.domain.user.UserId;
import org.emporium.platform.mediator.Command;

/** An admin lets a disabled account sign in again. */
public record EnableUser(@NotNull UserId userId) implements Command<UserId> {}

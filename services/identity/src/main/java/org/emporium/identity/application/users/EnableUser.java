package org.emporium.identity.application.users;

import an.awesome.pipelinr.Command;
import jakarta.validation.constraints.NotNull;
import org.emporium.identity.domain.user.UserId;

/** An admin lets a disabled account sign in again. */
public record EnableUser(@NotNull UserId userId) implements Command<UserId> {}

package org.emporium.identity.application.users;

import jakarta.validation.constraints.NotNull;
import org.emporium.identity.domain.user.UserId;
import org.emporium.platform.mediator.Query;

/** One account, for its owner or an admin. */
public record GetUser(@NotNull UserId userId) implements Query<UserView> {}

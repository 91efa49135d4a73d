package org.emporium.identity.application.users;

import jakarta.validation.constraints.NotNull;
import org.emporium.identity.domain.user.Role;
import org.emporium.identity.domain.user.UserId;
import org.emporium.platform.mediator.Command;

/** An admin takes a role away; tokens already issued keep it until they expire (at most the token lifetime). */
public record RevokeRole(
        @NotNull UserId userId, @NotNull Role role, @NotNull UserId actingAdmin) implements Command<UserId> {}

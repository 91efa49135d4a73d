package org.emporium.identity.application.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.emporium.identity.domain.user.DisplayName;
import org.emporium.identity.domain.user.UserId;
import org.emporium.platform.mediator.Command;

/** Changes what the user may change about themselves: the display name. */
public record UpdateProfile(
        @NotNull UserId userId,

        @NotBlank @Size(max = DisplayName.MAX_LENGTH) @ValidDisplayName
        String displayName) implements Command<UserId> {}

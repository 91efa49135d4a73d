package org.emporium.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.emporium.identity.application.users.ValidDisplayName;
import org.emporium.identity.domain.user.DisplayName;

/** What a user may change about themselves. */
public record UpdateProfileRequest(
        @NotBlank @Size(max = DisplayName.MAX_LENGTH) @ValidDisplayName
        String displayName) {}

package org.emporium.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a user may change about themselves. */
public record UpdateProfileRequest(
        @NotBlank @Size(max = 100) String displayName) {}

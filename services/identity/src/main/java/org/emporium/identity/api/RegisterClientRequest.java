package org.emporium.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A new confidential client for the {@code client_credentials} grant. */
public record RegisterClientRequest(
        @NotBlank @Size(max = 64) String clientId,
        @Size(max = 200) String name,
        @NotEmpty @Size(max = 20) Set<@NotBlank @Size(max = 64) String> scopes) {}

package org.emporium.identity.application.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.emporium.platform.mediator.Command;

/**
 * An admin registers a confidential client for the {@code client_credentials} grant (a service or an integration).
 * The generated secret is returned once and stored only as a hash.
 */
public record RegisterServiceClient(
        @NotBlank @ValidClientId String clientId,

        @NotBlank @Size(max = 200) String name,

        @NotNull @NotEmpty @Size(max = 20)
        Set<@NotBlank @Pattern(regexp = "[a-z][a-z0-9._:-]{0,63}", message = "is not a valid scope") String> scopes)
        implements Command<ServiceClientCredentials> {}

package org.emporium.identity.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.emporium.identity.application.users.ValidDisplayName;
import org.emporium.identity.application.users.ValidEmailAddress;
import org.emporium.identity.domain.user.DisplayName;
import org.emporium.identity.domain.user.EmailAddress;

/**
 * A registration. {@code roles}, {@code id} and {@code enabled} are not the registrant's to set: if sent, they are
 * ignored (a new account is always an enabled CUSTOMER); any other unknown field is refused.
 */
@JsonIgnoreProperties(value = {"roles", "role", "id", "enabled"})
public record RegisterUserRequest(
        @NotBlank @Size(max = EmailAddress.MAX_LENGTH) @ValidEmailAddress
        String email,

        @NotNull @Size(min = 1, max = 200) String password,

        @NotBlank @Size(max = DisplayName.MAX_LENGTH) @ValidDisplayName
        String displayName) {
    @Override
    public String toString() {
        return "RegisterUserRequest[email=" + email + "]";
    }
}

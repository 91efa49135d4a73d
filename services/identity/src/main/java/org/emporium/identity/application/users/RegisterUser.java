package org.emporium.identity.application.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.emporium.identity.domain.user.DisplayName;
import org.emporium.identity.domain.user.EmailAddress;
import org.emporium.identity.domain.user.UserId;
import org.emporium.platform.mediator.Command;
import org.emporium.platform.mediator.OwnTransactions;

/**
 * Creates a customer account. Only these three fields: roles and status are never the caller's to choose.
 * {@link OwnTransactions}: the password is hashed (deliberately slow) before any database connection is taken.
 */
public record RegisterUser(
        @NotBlank @Size(max = EmailAddress.MAX_LENGTH) @ValidEmailAddress
        String email,

        @NotNull @Size(max = 200) String password,

        @NotBlank @Size(max = DisplayName.MAX_LENGTH) @ValidDisplayName
        String displayName)
        implements Command<UserId>, OwnTransactions {
    @Override
    public String toString() {
        return "RegisterUser[email=" + email + "]";
    }
}

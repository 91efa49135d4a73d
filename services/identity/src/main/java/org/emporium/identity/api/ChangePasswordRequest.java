package org.emporium.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A password change: the current password proves it is the owner. */
public record ChangePasswordRequest(
        @NotBlank @Size(max = 200) String currentPassword,
        @NotNull @Size(min = 1, max = 200) String newPassword) {
    @Override
    public String toString() {
        return "ChangePasswordRequest[]";
    }
}

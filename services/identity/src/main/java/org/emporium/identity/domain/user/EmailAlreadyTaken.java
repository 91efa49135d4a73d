package org.emporium.identity.domain.user;

import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;

/** Another account already uses this address (ignoring case). */
public class EmailAlreadyTaken extends DomainException {
    public EmailAlreadyTaken() {
        super("IDENTITY.EMAIL_TAKEN", ErrorKind.CONFLICT, "An account with this email address already exists.");
    }
}

package org.emporium.identity.application.users;

import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;

/** No account has this id. */
public class UserNotFound extends DomainException {
    public UserNotFound() {
        super("IDENTITY.USER_NOT_FOUND", ErrorKind.NOT_FOUND, "There is no such user.");
    }
}

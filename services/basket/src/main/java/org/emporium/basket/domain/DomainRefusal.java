package org.emporium.basket.domain;

import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;

/** Whether a failure is a 503 refusal (a dependency not answering). */
public final class DomainRefusal {
    private DomainRefusal() {}

    public static boolean isUnavailable(Throwable e) {
        return e instanceof DomainException refusal && refusal.kind() == ErrorKind.UNAVAILABLE;
    }
}

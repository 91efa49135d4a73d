package org.emporium.identity.domain.signin;

import java.time.Instant;

/** The networks each account has signed in from, with the time of the last success from there. */
public interface KnownNetworks {
    /** Whether {@code account} signed in successfully from {@code network} at {@code since} or later. */
    boolean includes(String account, ClientNetwork network, Instant since);

    /** Records a successful sign-in of {@code account} from {@code network} at {@code at}; committed on its own. */
    void save(String account, ClientNetwork network, Instant at);
}

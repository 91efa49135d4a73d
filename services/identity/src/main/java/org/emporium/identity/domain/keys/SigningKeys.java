package org.emporium.identity.domain.keys;

import java.time.Instant;
import java.util.List;

/** Where signing keys are kept (private keys encrypted at rest), shared by every replica. */
public interface SigningKeys {
    List<SigningKey> all();

    void add(SigningKey key);

    void retire(String kid, Instant retireAfter);
}

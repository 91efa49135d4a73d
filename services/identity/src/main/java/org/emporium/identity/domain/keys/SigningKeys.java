package org.emporium.identity.domain.keys;

import java.util.List;

/** Where signing keys are kept (private keys encrypted at rest), shared by every replica. */
public interface SigningKeys {
    /** Every key not yet retired. */
    List<SigningKey> all();

    /** Stores a new key, or the new retirement time of a stored one (nothing else of a key ever changes). */
    void save(SigningKey key);
}

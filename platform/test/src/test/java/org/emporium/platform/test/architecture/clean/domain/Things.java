package org.emporium.platform.test.architecture.clean.domain;

import java.util.Optional;

/** The repository port. */
public interface Things {
    Optional<Thing> byId(ThingId id);

    void save(Thing thing);
}

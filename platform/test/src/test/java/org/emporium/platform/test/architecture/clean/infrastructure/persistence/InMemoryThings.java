package org.emporium.platform.test.architecture.clean.infrastructure.persistence;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.emporium.platform.test.architecture.clean.domain.Thing;
import org.emporium.platform.test.architecture.clean.domain.ThingId;
import org.emporium.platform.test.architecture.clean.domain.Things;

public class InMemoryThings implements Things {
    private final Map<ThingId, Thing> things = new ConcurrentHashMap<>();

    @Override
    public Optional<Thing> byId(ThingId id) {
        return Optional.ofNullable(things.get(id));
    }

    @Override
    public void save(Thing thing) {
        things.put(thing.id(), thing);
    }
}

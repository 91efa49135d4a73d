package org.emporium.platform.test.architecture.clean.application;

import org.emporium.platform.core.DomainException;
import org.emporium.platform.mediator.Handler;
import org.emporium.platform.test.architecture.clean.domain.ThingId;
import org.emporium.platform.test.architecture.clean.domain.Things;
import org.springframework.stereotype.Component;

@Component
public class RenameThingHandler implements Handler<RenameThing, ThingId> {
    private final Things things;

    public RenameThingHandler(Things things) {
        this.things = things;
    }

    @Override
    public ThingId handle(RenameThing command) {
        var thing = things.byId(command.id())
                .orElseThrow(() -> DomainException.notFound("THING.NOT_FOUND", "No such thing."));
        thing.rename(command.name());
        things.save(thing);
        return thing.id();
    }
}

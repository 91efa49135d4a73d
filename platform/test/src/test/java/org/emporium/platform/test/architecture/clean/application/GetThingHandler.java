package org.emporium.platform.test.architecture.clean.application;

import org.emporium.platform.core.DomainException;
import org.emporium.platform.mediator.Handler;
import org.emporium.platform.test.architecture.clean.domain.Things;
import org.springframework.stereotype.Component;

@Component
public class GetThingHandler implements Handler<GetThing, ThingView> {
    private final Things things;

    public GetThingHandler(Things things) {
        this.things = things;
    }

    @Override
    public ThingView handle(GetThing query) {
        return things.byId(query.id())
                .map(thing -> new ThingView(thing.name()))
                .orElseThrow(() -> DomainException.notFound("THING.NOT_FOUND", "No such thing."));
    }
}

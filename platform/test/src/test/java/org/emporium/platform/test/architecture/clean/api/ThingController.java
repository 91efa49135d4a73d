package org.emporium.platform.test.architecture.clean.api;

import java.util.UUID;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.test.architecture.clean.application.GetThing;
import org.emporium.platform.test.architecture.clean.application.RenameThing;
import org.emporium.platform.test.architecture.clean.application.ThingView;
import org.emporium.platform.test.architecture.clean.domain.ThingId;
import org.springframework.stereotype.Controller;

@Controller
public class ThingController {
    private final Mediator mediator;

    public ThingController(Mediator mediator) {
        this.mediator = mediator;
    }

    public ThingView get(UUID id) {
        return mediator.send(new GetThing(new ThingId(id)));
    }

    public void rename(UUID id, RenameThingRequest request) {
        mediator.send(new RenameThing(new ThingId(id), request.name()));
    }
}

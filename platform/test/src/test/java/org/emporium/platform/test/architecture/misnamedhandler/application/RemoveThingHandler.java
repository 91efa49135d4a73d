package org.emporium.platform.test.architecture.misnamedhandler.application;

import org.emporium.platform.mediator.Handler;

public class RemoveThingHandler implements Handler<DeleteThing, String> {
    @Override
    public String handle(DeleteThing command) {
        return command.name();
    }
}

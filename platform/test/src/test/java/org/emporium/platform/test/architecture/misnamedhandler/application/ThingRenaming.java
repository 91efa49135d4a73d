package org.emporium.platform.test.architecture.misnamedhandler.application;

import org.emporium.platform.mediator.Handler;

public class ThingRenaming implements Handler<RenameThing, String> {
    @Override
    public String handle(RenameThing command) {
        return command.name();
    }
}

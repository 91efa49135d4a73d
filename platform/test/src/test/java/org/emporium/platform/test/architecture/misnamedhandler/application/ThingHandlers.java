package org.emporium.platform.test.architecture.misnamedhandler.application;

import org.emporium.platform.mediator.Handler;

public final class ThingHandlers {
    private ThingHandlers() {}

    public static class ArchiveThingHandler implements Handler<ArchiveThing, String> {
        @Override
        public String handle(ArchiveThing command) {
            return command.name();
        }
    }
}

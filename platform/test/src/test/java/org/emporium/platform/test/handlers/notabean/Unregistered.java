package org.emporium.platform.test.handlers.notabean;

import org.emporium.platform.mediator.Command;
import org.emporium.platform.mediator.Handler;

/** A command whose handler exists but is no Spring component, so the mediator would never find it. */
public record Unregistered(String name) implements Command<String> {

    public static class UnregisteredHandler implements Handler<Unregistered, String> {
        @Override
        public String handle(Unregistered command) {
            return command.name();
        }
    }
}

package org.emporium.platform.mediator.notabean;

import an.awesome.pipelinr.Command;

/** A command whose handler exists but is no Spring component, so the mediator would never find it. */
public record Unregistered(String name) implements Command<String> {

    public static class UnregisteredHandler implements Command.Handler<Unregistered, String> {
        @Override
        public String handle(Unregistered command) {
            return command.name();
        }
    }
}

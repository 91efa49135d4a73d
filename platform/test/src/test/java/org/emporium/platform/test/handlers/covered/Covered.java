package org.emporium.platform.test.handlers.covered;

import org.emporium.platform.mediator.Command;
import org.emporium.platform.mediator.Handler;
import org.emporium.platform.mediator.Query;
import org.springframework.stereotype.Component;

/** A command and a query, each with its one handler bean: what every service must look like. */
public final class Covered {
    private Covered() {}

    public record Rename(String name) implements Command<String> {}

    public record GetName() implements Query<String> {}

    @Component
    public static class RenameHandler implements Handler<Rename, String> {
        @Override
        public String handle(Rename command) {
            return command.name();
        }
    }

    @Component
    public static class GetNameHandler implements Handler<GetName, String> {
        @Override
        public String handle(GetName query) {
            return "name";
        }
    }
}

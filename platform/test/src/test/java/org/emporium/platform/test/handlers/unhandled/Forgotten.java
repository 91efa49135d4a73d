package org.emporium.platform.test.handlers.unhandled;

import org.emporium.platform.mediator.Command;

/** A command nobody handles: the coverage check must catch it. */
public record Forgotten() implements Command<Void> {}

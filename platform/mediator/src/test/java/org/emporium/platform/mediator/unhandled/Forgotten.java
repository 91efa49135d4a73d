package org.emporium.platform.mediator.unhandled;

import an.awesome.pipelinr.Command;
import an.awesome.pipelinr.Voidy;

/** A command nobody handles: the coverage check must catch it. */
public record Forgotten() implements Command<Voidy> {}

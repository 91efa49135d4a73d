package org.emporium.platform.mediator.pipelinr;

import an.awesome.pipelinr.Command;
import org.emporium.platform.mediator.Request;

/** Carries one of our requests through PipelinR, whose middlewares and handlers only know its own command type. */
record Envelope<R>(Request<R> request) implements Command<R> {}

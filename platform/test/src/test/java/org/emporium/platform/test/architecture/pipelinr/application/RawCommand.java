package org.emporium.platform.test.architecture.pipelinr.application;

import an.awesome.pipelinr.Command;

public record RawCommand(String name) implements Command<String> {}

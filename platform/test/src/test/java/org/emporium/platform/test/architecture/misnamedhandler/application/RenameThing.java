package org.emporium.platform.test.architecture.misnamedhandler.application;

import org.emporium.platform.mediator.Command;

public record RenameThing(String name) implements Command<String> {}

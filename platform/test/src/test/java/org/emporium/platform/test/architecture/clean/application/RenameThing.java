package org.emporium.platform.test.architecture.clean.application;

import org.emporium.platform.mediator.Command;
import org.emporium.platform.test.architecture.clean.domain.ThingId;

public record RenameThing(ThingId id, String name) implements Command<ThingId> {}

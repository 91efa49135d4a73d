package org.emporium.platform.test.architecture.clean.application;

import org.emporium.platform.mediator.Query;
import org.emporium.platform.test.architecture.clean.domain.ThingId;

public record GetThing(ThingId id) implements Query<ThingView> {}

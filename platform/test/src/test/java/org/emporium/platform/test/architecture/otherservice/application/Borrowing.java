package org.emporium.platform.test.architecture.otherservice.application;

import org.emporium.platform.test.architecture.clean.domain.ThingId;

public record Borrowing(ThingId borrowed) {}

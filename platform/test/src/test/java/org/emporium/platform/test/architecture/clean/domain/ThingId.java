package org.emporium.platform.test.architecture.clean.domain;

import java.util.UUID;

public record ThingId(UUID value) {}

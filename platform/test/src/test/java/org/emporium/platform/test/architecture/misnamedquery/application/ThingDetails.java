package org.emporium.platform.test.architecture.misnamedquery.application;

import org.emporium.platform.mediator.Query;

public record ThingDetails(String name) implements Query<String> {}

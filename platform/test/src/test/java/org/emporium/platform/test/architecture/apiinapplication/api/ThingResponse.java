package org.emporium.platform.test.architecture.apiinapplication.api;

public record ThingResponse(String name) {}

package org.emporium.platform.test.architecture.clean.application;

public record ThingView(String name) {}

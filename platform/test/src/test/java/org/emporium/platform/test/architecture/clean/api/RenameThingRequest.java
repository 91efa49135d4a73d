package org.emporium.platform.test.architecture.clean.api;

public record RenameThingRequest(String name) {}

package org.emporium.platform.test.architecture.nullmarking.unmarked;

public record Unmarked(String name) {}

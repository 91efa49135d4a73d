package org.emporium.platform.test.architecture.nullmarking.marked;

public record Marked(String name) {}

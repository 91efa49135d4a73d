package org.emporium.platform.test.architecture.nullmarking.bare;

/** In a package without package-info.java. */
public record Bare(String name) {}

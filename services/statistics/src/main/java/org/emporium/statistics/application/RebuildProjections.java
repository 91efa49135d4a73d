package org.emporium.statistics.application;

import org.emporium.platform.mediator.Command;

/** Empties every projection and applies the consumed-events log to it again, in its order; returns the count. */
public record RebuildProjections() implements Command<Long> {}

package org.emporium.statistics.application;

/** Tells live subscribers that the numbers changed; the adapter coalesces calls (at most one push per interval). */
public interface OverviewChanges {
    void changed();
}

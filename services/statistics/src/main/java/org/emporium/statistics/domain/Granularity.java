package org.emporium.statistics.domain;

/** How a report's days are grouped: ISO weeks start on Monday, months on the 1st. */
public enum Granularity {
    DAY,
    WEEK,
    MONTH
}

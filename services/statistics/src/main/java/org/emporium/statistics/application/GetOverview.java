package org.emporium.statistics.application;

import org.emporium.platform.mediator.Query;

/** The dashboard summary: today, the last 7 days and the last 30 days (the shop's days, today included). */
public record GetOverview() implements Query<ReportView> {}

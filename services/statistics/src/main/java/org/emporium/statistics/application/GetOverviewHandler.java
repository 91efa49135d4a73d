package org.emporium.statistics.application;

import java.time.Clock;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class GetOverviewHandler implements Handler<GetOverview, ReportView> {
    private final ReportViews views;
    private final Clock clock;

    GetOverviewHandler(ReportViews views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    @Override
    public ReportView handle(GetOverview request) {
        return views.overview(clock.instant());
    }
}

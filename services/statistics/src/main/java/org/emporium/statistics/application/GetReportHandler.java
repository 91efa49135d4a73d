package org.emporium.statistics.application;

import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class GetReportHandler implements Handler<GetReport, ReportView> {
    private final ReportViews views;

    GetReportHandler(ReportViews views) {
        this.views = views;
    }

    @Override
    public ReportView handle(GetReport request) {
        return switch (request.report()) {
            case SALES -> views.sales(request.range(), request.granularity());
            case PRODUCTS -> views.products(request.range(), request.limit());
            case COUPONS -> views.coupons(request.range());
            case CUSTOMERS -> views.customers(request.range(), request.granularity());
            case REVIEWS -> views.reviews(request.range(), request.granularity());
            case CATALOG -> views.catalog();
        };
    }
}

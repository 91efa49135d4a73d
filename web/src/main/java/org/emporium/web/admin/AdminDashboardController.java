package org.emporium.web.admin;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.emporium.web.gateway.Gateway;
import org.emporium.web.live.UpstreamSse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The dashboard: statistics' overview as figures, and the charts (sales per day, funnel, top products) that
 * {@code /assets/admin-dashboard.js} draws with ECharts from {@code /admin/dashboard/data} (JSON from this
 * origin: the Content-Security-Policy allows no inline script) and redraws whenever statistics says its figures
 * changed, on {@code /admin/dashboard/live} (statistics' SSE stream, relayed by {@link UpstreamSse}).
 */
@Controller
@RequestMapping("/admin")
class AdminDashboardController {
    private final Gateway gateway;
    private final UpstreamSse relay;
    private final Duration timeout;

    AdminDashboardController(
            Gateway gateway, UpstreamSse relay, @Value("${emporium.web.live-timeout:PT10M}") Duration timeout) {
        this.gateway = gateway;
        this.relay = relay;
        this.timeout = timeout;
    }

    @GetMapping({"", "/", "/dashboard"})
    String dashboard(Model model) {
        model.addAttribute(
                "overview",
                gateway.user().get().uri("/api/statistics/overview").retrieve().body(Gateway.OBJECT));
        return "admin/dashboard";
    }

    /** What the charts draw, as statistics answered it: the overview, the sales report per day, the products report. */
    @GetMapping(path = "/dashboard/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> data() {
        var data = new LinkedHashMap<String, Object>();
        data.put(
                "overview",
                gateway.user().get().uri("/api/statistics/overview").retrieve().body(Gateway.OBJECT));
        data.put(
                "sales",
                gateway.user()
                        .get()
                        .uri("/api/statistics/sales?granularity=day")
                        .retrieve()
                        .body(Gateway.OBJECT));
        data.put(
                "products",
                gateway.user()
                        .get()
                        .uri("/api/statistics/products?limit=10")
                        .retrieve()
                        .body(Gateway.OBJECT));
        return data;
    }

    /** statistics' live stream ({@code overview-changed} events and heartbeat comments), passed on as it comes. */
    @GetMapping(path = "/dashboard/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live() {
        return relay.relay(gateway.user(), "/api/statistics/live", timeout);
    }
}

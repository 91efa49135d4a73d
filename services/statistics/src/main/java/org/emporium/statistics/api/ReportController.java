package org.emporium.statistics.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.emporium.platform.mediator.Mediator;
import org.emporium.statistics.application.GetOverview;
import org.emporium.statistics.application.GetReport;
import org.emporium.statistics.application.RebuildProjections;
import org.emporium.statistics.application.ReportView;
import org.emporium.statistics.domain.Granularity;
import org.emporium.statistics.domain.Report;
import org.emporium.statistics.domain.ReportRange;
import org.emporium.statistics.domain.StatisticsErrors;
import org.emporium.statistics.infrastructure.config.StatisticsProperties;
import org.emporium.statistics.infrastructure.live.LiveOverview;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The reports (admins only): {@code /api/statistics/{sales|products|coupons|customers|reviews|catalog}} with
 * {@code from}/{@code to} (the shop's days, inclusive; default the last 30 days) and {@code granularity}; JSON, or CSV
 * with {@code ?format=csv} or {@code Accept: text/csv}. Plus the overview, the live stream and the rebuild.
 */
@RestController
@RequestMapping("/api/statistics")
class ReportController {
    private static final MediaType CSV = new MediaType("text", "csv");
    private final Mediator mediator;
    private final Clock clock;
    private final StatisticsProperties properties;
    private final LiveOverview live;

    ReportController(Mediator mediator, Clock clock, StatisticsProperties properties, LiveOverview live) {
        this.mediator = mediator;
        this.clock = clock;
        this.properties = properties;
        this.live = live;
    }

    @GetMapping(
            path = "/{report:sales|products|coupons|customers|reviews|catalog}",
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ResponseEntity<?> report(
            @PathVariable String report,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "DAY") String granularity,
            @RequestParam(defaultValue = "10") int limit,
            @RequestParam(required = false) @Nullable String format,
            @RequestHeader(name = "Accept", required = false) @Nullable String accept) {
        var today = LocalDate.ofInstant(clock.instant(), properties.zone());
        var end = to == null ? today : to;
        var range = new ReportRange(from == null ? end.minusDays(29) : from, end);
        var view = mediator.send(
                new GetReport(Report.valueOf(report.toUpperCase(Locale.ROOT)), range, granularity(granularity), limit));
        return answer(view, format, accept);
    }

    @GetMapping(
            path = "/overview",
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ResponseEntity<?> overview(
            @RequestParam(required = false) @Nullable String format,
            @RequestHeader(name = "Accept", required = false) @Nullable String accept) {
        return answer(mediator.send(new GetOverview()), format, accept);
    }

    /** Server-sent events: {@code overview-changed} at most once per second while the numbers change. */
    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live() {
        return live.subscribe();
    }

    /** Recomputes every projection from the consumed-events log; answers how many events were replayed. */
    @PostMapping("/admin/rebuild")
    RebuildView rebuild() {
        return new RebuildView(mediator.send(new RebuildProjections()));
    }

    /** The outcome of a rebuild. */
    record RebuildView(long events) {}

    private static Granularity granularity(String value) {
        try {
            return Granularity.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw StatisticsErrors.invalidParameter("granularity", "day, week or month");
        }
    }

    private static ResponseEntity<?> answer(ReportView view, @Nullable String format, @Nullable String accept) {
        var csv = format != null ? format.equalsIgnoreCase("csv") : accept != null && accept.contains("text/csv");
        if (format != null && !csv && !format.equalsIgnoreCase("json")) {
            throw StatisticsErrors.invalidParameter("format", "json or csv");
        }
        if (csv) {
            return ResponseEntity.ok()
                    .contentType(CSV)
                    .header("Content-Disposition", "attachment; filename=\"" + view.report() + ".csv\"")
                    .body(Csv.of(view));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view);
    }
}

package vn.hotline1022.reporting.timeseries;

import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.reporting.range.ReportDays;
import vn.hotline1022.reporting.figures.TimeBuckets;
import vn.hotline1022.support.web.InvalidFieldException;

import java.time.LocalDate;
import java.util.TreeSet;

@RestController
@RequestMapping("/api/reports")
@RequiredArgsConstructor
class TimeseriesController {

    /** Keeps one response to a few thousand points: a month of hours or a year of days. */
    static final int MAX_HOURLY_DAYS = 31;
    static final int MAX_DAILY_DAYS = 366;

    private final TimeseriesQuery query;

    @GetMapping("/timeseries")
    Timeseries timeseries(@RequestParam String metric,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          @RequestParam(defaultValue = "day") String interval,
                          @RequestParam(required = false) String breakdown) {
        Metric m = Metric.parse(metric);
        if (m == null) {
            throw new InvalidFieldException("metric", "reporting.timeseries.metric.invalid", Metric.names());
        }
        TimeBuckets buckets;
        try {
            buckets = TimeBuckets.parse(interval);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("interval", "reporting.timeseries.interval.invalid");
        }
        int max = buckets == TimeBuckets.HOUR ? MAX_HOURLY_DAYS : MAX_DAILY_DAYS;
        ReportDays.checked(from, to, max, "reporting.timeseries.range.max-days", interval, max);
        String b = breakdown == null || breakdown.isBlank() ? null : breakdown;
        if (b != null && !m.breakdowns.containsKey(b)) {
            throw new InvalidFieldException("breakdown", "reporting.timeseries.breakdown.invalid", metric, String.join(", ", new TreeSet<>(m.breakdowns.keySet())));
        }
        return query.series(m, buckets, from, to, b);
    }
}

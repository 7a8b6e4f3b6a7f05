package vn.hotline1022.reporting.timeseries;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.hotline1022.reporting.figures.ProvinceTime;
import vn.hotline1022.reporting.figures.TimeBuckets;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Buckets facts by hour or day in Java (see {@link TimeBuckets}); reads only the time and breakdown fields. */
@Component
@RequiredArgsConstructor
class TimeseriesQuery {

    private final TimeseriesStore store;

    Timeseries series(Metric metric, TimeBuckets interval, LocalDate from, LocalDate to, String breakdown) {
        List<ZonedDateTime> starts = interval.starts(from, to);
        String field = breakdown == null ? null : metric.breakdowns.get(breakdown);
        Map<String, long[]> counts = new TreeMap<>();
        for (TimeseriesStore.Point p : store.points(metric, field, ProvinceTime.startOf(from), ProvinceTime.endOf(to))) {
            int index = interval.indexOf(p.at(), from);
            String key = field == null ? "TOTAL" : keyOf(p.value());
            counts.computeIfAbsent(key, k -> new long[starts.size()])[index]++;
        }
        List<Timeseries.Series> series = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            long sum = java.util.Arrays.stream(e.getValue()).sum();
            total += sum;
            series.add(new Timeseries.Series(e.getKey(), java.util.Arrays.stream(e.getValue()).boxed().toList(), sum));
        }
        if (series.isEmpty() && field == null) {
            series.add(new Timeseries.Series("TOTAL", starts.stream().map(s -> 0L).toList(), 0));
        }
        List<String> buckets = starts.stream().map(s -> s.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).toList();
        return new Timeseries(metric.name, interval.name().toLowerCase(), from, to, breakdown, buckets, series, total);
    }

    private static String keyOf(Object value) {
        if (value instanceof Boolean b) {
            return b ? "CONNECTED" : "FAILED";
        }
        return value == null || value.toString().isBlank() ? "UNKNOWN" : value.toString();
    }
}

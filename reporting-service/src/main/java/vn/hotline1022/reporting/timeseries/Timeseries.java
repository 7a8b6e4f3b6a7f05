package vn.hotline1022.reporting.timeseries;

import java.time.LocalDate;
import java.util.List;

/** Counts per bucket; one series per breakdown value ("TOTAL" without breakdown), zero-filled. */
public record Timeseries(String metric, String interval, LocalDate from, LocalDate to, String breakdown,
                         List<String> buckets, List<Series> series, long total) {

    public record Series(String key, List<Long> values, long total) {
    }
}

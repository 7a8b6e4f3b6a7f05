package vn.hotline1022.reporting.summary;

import java.time.LocalDate;
import java.util.Map;

/** Figures for a date range (inclusive, in the province's time zone). */
public record Summary(LocalDate from, LocalDate to, long totalCalls, Map<String, Long> byTopic,
                      Map<String, Long> byLocality, Map<String, Long> byChannel) {
}

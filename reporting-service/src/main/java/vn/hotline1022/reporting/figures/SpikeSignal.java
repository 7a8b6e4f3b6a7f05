package vn.hotline1022.reporting.figures;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls on one topic in the last hour against the same hour of the previous seven days. A quiet topic
 * (baseline below one call) is measured against one call, so a first handful of calls does not read as infinite.
 */
public record SpikeSignal(long lastHour, double baseline, double ratio) {

    public static final int BASELINE_DAYS = 7;

    public static SpikeSignal of(long lastHour, List<Long> sameHourPreviousDays) {
        double baseline = sameHourPreviousDays.stream().mapToLong(Long::longValue).sum() / (double) BASELINE_DAYS;
        return new SpikeSignal(lastHour, baseline, lastHour / Math.max(baseline, 1.0));
    }

    /** The windows [start, end) whose counts form the baseline: the same hour 1..7 days before {@code now}. */
    public static List<Instant[]> baselineWindows(Instant now) {
        List<Instant[]> windows = new ArrayList<>();
        for (int d = 1; d <= BASELINE_DAYS; d++) {
            Instant end = now.minus(Duration.ofDays(d));
            windows.add(new Instant[] {end.minus(Duration.ofHours(1)), end});
        }
        return windows;
    }

    public boolean isSpike(double factor, long minimumCalls) {
        return lastHour >= minimumCalls && ratio >= factor;
    }
}

package vn.hotline1022.reporting.wallboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the wall screen shows; everything for "today" is in the province's time zone. */
public record Wallboard(Instant generatedAt, String today, long callsToday, long callsYesterdaySameTime,
                        List<Long> todayByHour, List<Long> yesterdayByHour, Map<String, Long> topicsToday,
                        Map<String, Long> outcomesToday, double kbAnswerShareToday, double averageHandleSeconds,
                        List<UnitBacklog> escalations, List<Unreachable> unreachableUnits, List<Spike> spikes,
                        List<WithoutNumber> unitsWithoutNumber) {

    /** A unit that takes transfers but has no number anyone can dial (never given, or all switched off). */
    public record WithoutNumber(String unitCode, String unitName, int numbersToCome) {
    }

    public record UnitBacklog(String unitCode, String unitName, long open, long overdue) {
    }

    public record Unreachable(String unitCode, String unitName, Instant since, int numbersTried) {
    }

    public record Spike(String topic, long lastHour, double baseline, double ratio) {
    }
}

package vn.hotline1022.reporting.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Figures for a date range (inclusive, in the province's time zone). Volumes count calls received in the range;
 * outcomes, handle time and the knowledge-base share count calls closed in the range. A call is one caller with one or
 * more questions: {@code closedQuestions} and {@code questionsByOutcome} count the questions of those calls, each by
 * its own outcome, while {@code byOutcome} counts each call once by the outcome derived from its questions.
 */
public record Summary(LocalDate from, LocalDate to, long totalCalls, Map<String, Long> byTopic,
                      Map<String, Long> byLocality, Map<String, Long> byChannel, Map<String, Long> byOperator,
                      long repeatCallers, long closedCalls, Map<String, Long> byOutcome, HandleTime handleTime,
                      double kbAnswerShare, long closedQuestions, Map<String, Long> questionsByOutcome,
                      List<UnitTransfers> transfersByUnit,
                      List<NumberTransfers> transfersByNumber, List<UnitEscalations> escalationsByUnit,
                      List<KbEntryUse> topKnowledgeEntries, List<MissedSearch> topMissedSearches) {

    /** Seconds from pickup to close, over calls closed in the range. */
    public record HandleTime(long calls, double averageSeconds, double p90Seconds) {
    }

    public record UnitTransfers(String unitCode, long transfers, long connected, double connectedRate,
                                long dials, double busyRate, double noAnswerRate) {
    }

    /** One hotline number, as masked in the events (never a full phone number). */
    public record NumberTransfers(String unitCode, String number, long dials, long connected, long busy,
                                  long noAnswer, long other, double connectedRate, double busyRate,
                                  double noAnswerRate) {
    }

    public record UnitEscalations(String unitCode, long total, long open, long answered, long overdue,
                                  long answeredOnTime, double onTimeRate) {
    }

    public record KbEntryUse(String entryId, long uses, String status) {
    }

    public record MissedSearch(String query, long count) {
    }
}

package vn.hotline1022.reporting.summary;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.hotline1022.reporting.calls.CallFactStore;
import vn.hotline1022.reporting.calls.ClosedCall;
import vn.hotline1022.reporting.calls.ReceivedCall;
import vn.hotline1022.reporting.escalations.EscalationFactStore;
import vn.hotline1022.reporting.figures.Percentiles;
import vn.hotline1022.reporting.figures.ProvinceTime;
import vn.hotline1022.reporting.figures.Tally;
import vn.hotline1022.reporting.knowledge.KnowledgeFactStore;
import vn.hotline1022.reporting.knowledge.SearchMiss;
import vn.hotline1022.reporting.transfers.TransferFactStore;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Computes a {@link Summary} from the fact collections. Groupings are tallied in Java over projected documents so
 * the figures are identical on real MongoDB and on the embedded server used in tests.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SummaryQuery {

    private static final int TOP = 10;

    private final CallFactStore calls;
    private final TransferFactStore transfers;
    private final EscalationFactStore escalations;
    private final KnowledgeFactStore knowledge;
    private final Clock clock;

    public Summary summary(LocalDate from, LocalDate to) {
        Instant start = ProvinceTime.startOf(from), end = ProvinceTime.endOf(to);
        Tally topic = new Tally(), locality = new Tally(), channel = new Tally(), operator = new Tally();
        long total = 0, repeat = 0;
        for (ReceivedCall c : calls.receivedBetween(start, end)) {
            total++;
            topic.add(c.topic());
            locality.add(c.locality());
            channel.add(c.channel());
            operator.add(c.operator());
            repeat += c.repeatCaller() ? 1 : 0;
        }
        Tally outcome = new Tally(), kbEntries = new Tally(), questionOutcome = new Tally();
        List<Long> handle = new ArrayList<>();
        long fromKb = 0;
        for (ClosedCall c : calls.closedBetween(start, end)) {
            outcome.add(c.outcome());
            c.questionOutcomes().forEach(questionOutcome::add);
            handle.add(c.handleSeconds() == null ? 0 : c.handleSeconds());
            if (c.kbEntryId() != null) {
                kbEntries.add(c.kbEntryId());
            }
            fromKb += "ANSWERED_FROM_KB".equals(c.outcome()) ? 1 : 0;
        }
        Summary.HandleTime handleTime = new Summary.HandleTime(handle.size(), round(Percentiles.mean(handle)),
                Percentiles.nearestRank(handle, 90));
        return new Summary(from, to, total, topic.asMap(), locality.asMap(), channel.asMap(), operator.asMap(),
                repeat, handle.size(), outcome.asMap(), handleTime, round(Percentiles.ratio(fromKb, handle.size())),
                questionOutcome.asMap().values().stream().mapToLong(Long::longValue).sum(), questionOutcome.asMap(),
                TransferFigures.byUnit(transfers.completedBetween(start, end), transfers.dialsBetween(start, end)),
                TransferFigures.byNumber(transfers.dialsBetween(start, end)),
                EscalationFigures.byUnit(escalations.firstSeenBetween(start, end), clock.instant()),
                kbUses(kbEntries), missedSearches(start, end));
    }

    private List<Summary.KbEntryUse> kbUses(Tally kbEntries) {
        List<Summary.KbEntryUse> uses = new ArrayList<>();
        for (Map.Entry<String, Long> e : kbEntries.top(TOP).entrySet()) {
            uses.add(new Summary.KbEntryUse(e.getKey(), e.getValue(), knowledge.statusOf(e.getKey())));
        }
        return uses;
    }

    private List<Summary.MissedSearch> missedSearches(Instant from, Instant to) {
        Tally byNormalized = new Tally();
        Map<String, String> shown = new java.util.HashMap<>();
        for (SearchMiss miss : knowledge.missesBetween(from, to)) {
            String key = miss.normalized();
            byNormalized.add(key);
            shown.putIfAbsent(key, miss.query());
        }
        return byNormalized.top(TOP).entrySet().stream()
                .map(e -> new Summary.MissedSearch(shown.getOrDefault(e.getKey(), e.getKey()), e.getValue())).toList();
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}

package vn.hotline1022.reporting.summary;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.hotline1022.reporting.calls.CallFacts;
import vn.hotline1022.reporting.escalations.EscalationFacts;
import vn.hotline1022.reporting.figures.Percentiles;
import vn.hotline1022.reporting.figures.ProvinceTime;
import vn.hotline1022.reporting.figures.Tally;
import vn.hotline1022.reporting.knowledge.KnowledgeFacts;
import vn.hotline1022.reporting.transfers.TransferFacts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Computes a {@link Summary} from the fact collections. Groupings are tallied in Java over projected documents so
 * the figures are identical on real MongoDB and on the embedded server used in tests.
 */
@Component
public class SummaryQuery {

    private static final int TOP = 10;

    private final MongoCollection<Document> calls;
    private final TransferFacts transfers;
    private final MongoCollection<Document> escalations;
    private final KnowledgeFacts knowledge;
    private final Clock clock;

    SummaryQuery(CallFacts calls, TransferFacts transfers, EscalationFacts escalations, KnowledgeFacts knowledge,
                 Clock clock) {
        this.calls = calls.collection();
        this.transfers = transfers;
        this.escalations = escalations.collection();
        this.knowledge = knowledge;
        this.clock = clock;
    }

    public Summary summary(LocalDate from, LocalDate to) {
        Tally topic = new Tally(), locality = new Tally(), channel = new Tally(), operator = new Tally();
        long total = 0, repeat = 0;
        for (Document d : calls.find(range("receivedAt", from, to))) {
            total++;
            topic.add(d.getString("topic"));
            locality.add(d.getString("locality"));
            channel.add(d.getString("channel"));
            operator.add(d.getString("operator"));
            repeat += Boolean.TRUE.equals(d.getBoolean("repeatCaller")) ? 1 : 0;
        }
        Tally outcome = new Tally(), kbEntries = new Tally(), questionOutcome = new Tally();
        List<Long> handle = new ArrayList<>();
        long fromKb = 0;
        for (Document d : calls.find(range("closedAt", from, to))) {
            outcome.add(d.getString("outcome"));
            // facts of calls closed before questions were kept have none: one question, the call's outcome
            List<String> questions = d.getList("questionOutcomes", String.class, List.of(d.getString("outcome")));
            questions.forEach(questionOutcome::add);
            handle.add(d.get("handleSeconds", Number.class) == null ? 0 : d.get("handleSeconds", Number.class).longValue());
            if (d.getString("kbEntryId") != null) {
                kbEntries.add(d.getString("kbEntryId"));
            }
            fromKb += "ANSWERED_FROM_KB".equals(d.getString("outcome")) ? 1 : 0;
        }
        Summary.HandleTime handleTime = new Summary.HandleTime(handle.size(), round(Percentiles.mean(handle)),
                Percentiles.nearestRank(handle, 90));
        return new Summary(from, to, total, topic.asMap(), locality.asMap(), channel.asMap(), operator.asMap(),
                repeat, handle.size(), outcome.asMap(), handleTime, round(Percentiles.ratio(fromKb, handle.size())),
                questionOutcome.asMap().values().stream().mapToLong(Long::longValue).sum(), questionOutcome.asMap(),
                TransferFigures.byUnit(transfers, range("completedAt", from, to), range("at", from, to)),
                TransferFigures.byNumber(transfers, range("at", from, to)),
                EscalationFigures.byUnit(escalations, range("firstSeenAt", from, to), clock.instant()),
                kbUses(kbEntries), missedSearches(from, to));
    }

    private List<Summary.KbEntryUse> kbUses(Tally kbEntries) {
        List<Summary.KbEntryUse> uses = new ArrayList<>();
        for (Map.Entry<String, Long> e : kbEntries.top(TOP).entrySet()) {
            Document entry = knowledge.entries().find(Filters.eq("_id", e.getKey())).first();
            uses.add(new Summary.KbEntryUse(e.getKey(), e.getValue(), entry == null ? null : entry.getString("status")));
        }
        return uses;
    }

    private List<Summary.MissedSearch> missedSearches(LocalDate from, LocalDate to) {
        Tally byNormalized = new Tally();
        Map<String, String> shown = new java.util.HashMap<>();
        for (Document d : knowledge.misses().find(range("searchedAt", from, to))) {
            String key = d.getString("normalized");
            byNormalized.add(key);
            shown.putIfAbsent(key, d.getString("query"));
        }
        return byNormalized.top(TOP).entrySet().stream()
                .map(e -> new Summary.MissedSearch(shown.getOrDefault(e.getKey(), e.getKey()), e.getValue())).toList();
    }

    static Bson range(String field, LocalDate from, LocalDate to) {
        return Filters.and(Filters.gte(field, Date.from(ProvinceTime.startOf(from))),
                Filters.lt(field, Date.from(ProvinceTime.endOf(to))));
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}

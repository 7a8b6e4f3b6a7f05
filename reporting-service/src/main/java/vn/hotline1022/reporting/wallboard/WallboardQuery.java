package vn.hotline1022.reporting.wallboard;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.hotline1022.reporting.calls.CallFacts;
import vn.hotline1022.reporting.escalations.EscalationFacts;
import vn.hotline1022.reporting.figures.Percentiles;
import vn.hotline1022.reporting.figures.ProvinceTime;
import vn.hotline1022.reporting.figures.Tally;
import vn.hotline1022.reporting.metrics.TopicSpikeMetrics;
import vn.hotline1022.reporting.summary.EscalationFigures;
import vn.hotline1022.reporting.units.UnitDirectory;
import vn.hotline1022.reporting.units.UnitStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

@Component
class WallboardQuery {

    private final MongoCollection<Document> calls;
    private final MongoCollection<Document> escalations;
    private final UnitStatus units;
    private final UnitDirectory directory;
    private final TopicSpikeMetrics spikes;
    private final Clock clock;

    WallboardQuery(CallFacts calls, EscalationFacts escalations, UnitStatus units, UnitDirectory directory,
                   TopicSpikeMetrics spikes, Clock clock) {
        this.calls = calls.collection();
        this.escalations = escalations.collection();
        this.units = units;
        this.directory = directory;
        this.spikes = spikes;
        this.clock = clock;
    }

    Wallboard now() {
        Instant now = clock.instant();
        LocalDate today = ProvinceTime.dayOf(now);
        long[] todayHours = new long[24], yesterdayHours = new long[24];
        Tally topics = new Tally();
        long yesterdaySoFar = 0;
        Instant sameTimeYesterday = now.minus(Duration.ofDays(1));
        for (Document d : calls.find(between("receivedAt", ProvinceTime.startOf(today.minusDays(1)),
                ProvinceTime.endOf(today)))) {
            Instant at = d.getDate("receivedAt").toInstant();
            if (ProvinceTime.dayOf(at).equals(today)) {
                todayHours[ProvinceTime.hourOf(at)]++;
                topics.add(d.getString("topic"));
            } else {
                yesterdayHours[ProvinceTime.hourOf(at)]++;
                yesterdaySoFar += at.isBefore(sameTimeYesterday) ? 1 : 0;
            }
        }
        Tally outcomes = new Tally();
        List<Long> handle = new ArrayList<>();
        for (Document d : calls.find(between("closedAt", ProvinceTime.startOf(today), ProvinceTime.endOf(today)))) {
            outcomes.add(d.getString("outcome"));
            Number seconds = d.get("handleSeconds", Number.class);
            handle.add(seconds == null ? 0 : seconds.longValue());
        }
        List<Wallboard.UnitBacklog> backlog = EscalationFigures.byUnit(escalations, Filters.ne("answered", true), now)
                .stream().map(u -> new Wallboard.UnitBacklog(u.unitCode(), directory.name(u.unitCode()), u.open(),
                        u.overdue()))
                .sorted(Comparator.comparingLong(Wallboard.UnitBacklog::overdue).reversed()
                        .thenComparing(Comparator.comparingLong(Wallboard.UnitBacklog::open).reversed()))
                .toList();
        List<Wallboard.Unreachable> unreachable = units.unreachableNow().stream()
                .map(u -> new Wallboard.Unreachable(u.unitCode(), directory.name(u.unitCode()), u.since(),
                        u.numbersTried())).toList();
        List<Wallboard.Spike> spikeList = spikes.signals().entrySet().stream()
                .filter(e -> e.getValue().lastHour() > 0)
                .map(e -> new Wallboard.Spike(e.getKey(), e.getValue().lastHour(), e.getValue().baseline(),
                        e.getValue().ratio()))
                .sorted(Comparator.comparingDouble(Wallboard.Spike::ratio).reversed()).toList();
        long closedFromKb = outcomes.get("ANSWERED_FROM_KB");
        return new Wallboard(now, today.toString(), Arrays.stream(todayHours).sum(), yesterdaySoFar,
                Arrays.stream(todayHours).boxed().toList(), Arrays.stream(yesterdayHours).boxed().toList(),
                topics.top(12), outcomes.asMap(), Percentiles.ratio(closedFromKb, handle.size()),
                Math.round(Percentiles.mean(handle)), backlog, unreachable, spikeList,
                directory.withoutDialableNumber().stream().map(u -> new Wallboard.WithoutNumber(u.code(), u.name(),
                        u.numbersToCome())).toList());
    }

    private static org.bson.conversions.Bson between(String field, Instant from, Instant to) {
        return Filters.and(Filters.gte(field, Date.from(from)), Filters.lt(field, Date.from(to)));
    }
}

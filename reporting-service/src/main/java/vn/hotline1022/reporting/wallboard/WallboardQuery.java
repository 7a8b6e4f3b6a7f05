package vn.hotline1022.reporting.wallboard;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.hotline1022.reporting.calls.CallFactStore;
import vn.hotline1022.reporting.calls.ClosedCall;
import vn.hotline1022.reporting.calls.ReceivedCall;
import vn.hotline1022.reporting.escalations.EscalationFactStore;
import vn.hotline1022.reporting.figures.Percentiles;
import vn.hotline1022.reporting.figures.ProvinceTime;
import vn.hotline1022.reporting.figures.Tally;
import vn.hotline1022.reporting.metrics.TopicSpikeMetrics;
import vn.hotline1022.reporting.summary.EscalationFigures;
import vn.hotline1022.reporting.units.UnitDirectoryStore;
import vn.hotline1022.reporting.units.UnitStatusStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

@Component
@RequiredArgsConstructor
class WallboardQuery {

    private final CallFactStore calls;
    private final EscalationFactStore escalations;
    private final UnitStatusStore units;
    private final UnitDirectoryStore directory;
    private final TopicSpikeMetrics spikes;
    private final Clock clock;

    Wallboard now() {
        Instant now = clock.instant();
        LocalDate today = ProvinceTime.dayOf(now);
        long[] todayHours = new long[24], yesterdayHours = new long[24];
        Tally topics = new Tally();
        long yesterdaySoFar = 0;
        Instant sameTimeYesterday = now.minus(Duration.ofDays(1));
        for (ReceivedCall c : calls.receivedBetween(ProvinceTime.startOf(today.minusDays(1)),
                ProvinceTime.endOf(today))) {
            Instant at = c.receivedAt();
            if (ProvinceTime.dayOf(at).equals(today)) {
                todayHours[ProvinceTime.hourOf(at)]++;
                topics.add(c.topic());
            } else {
                yesterdayHours[ProvinceTime.hourOf(at)]++;
                yesterdaySoFar += at.isBefore(sameTimeYesterday) ? 1 : 0;
            }
        }
        Tally outcomes = new Tally();
        List<Long> handle = new ArrayList<>();
        for (ClosedCall c : calls.closedBetween(ProvinceTime.startOf(today), ProvinceTime.endOf(today))) {
            outcomes.add(c.outcome());
            handle.add(c.handleSeconds() == null ? 0 : c.handleSeconds());
        }
        List<Wallboard.UnitBacklog> backlog = EscalationFigures.byUnit(escalations.unanswered(), now)
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
}

package vn.hotline1022.routing.transfer;

import lombok.RequiredArgsConstructor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hotline1022.routing.directory.Directory;
import vn.hotline1022.routing.directory.domain.Hotline;
import vn.hotline1022.routing.directory.domain.PhoneNumbers;
import vn.hotline1022.routing.directory.domain.Unit;
import vn.hotline1022.routing.infra.UnitGauges;
import vn.hotline1022.routing.transfer.domain.DialledNumber;
import vn.hotline1022.routing.transfer.domain.NumberHealth;
import vn.hotline1022.routing.transfer.UnitHealthView.NumberHealthView;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reachability of every transferable unit: for the health API and the gauges {@code hotline_unit_reachable},
 * {@code hotline_unit_dialable_numbers} and {@code hotline_hotline_numbers_cooling}. Non-transferable units are
 * left out: their numbers are never shown.
 *
 * <p>{@code hotline_unit_reachable} exists only for units with at least one dialable number (active, not a
 * placeholder): a district whose steering-committee number is still "CHỜ BỔ SUNG" is a data gap for the
 * directory's owners, not an outage to page anyone for at night. The gap shows as
 * {@code hotline_unit_dialable_numbers == 0}; the alert {@code hotline_unit_reachable == 0} keeps meaning "a unit
 * we can dial has no number answering".
 */
@Component
@RequiredArgsConstructor
class HotlineHealth {

    private final Directory directory;
    private final HealthStore store;
    private final UnitGauges gauges;
    private final Clock clock;

    @Scheduled(fixedDelayString = "${hotline.transfer.health-refresh:PT10S}")
    void refreshGauges() {
        Map<String, Long> reachable = new HashMap<>();
        Map<String, Long> dialable = new HashMap<>();
        Map<String, Long> cooling = new HashMap<>();
        for (UnitHealthView unit : report()) {
            int numbers = unit.numbers().size();
            dialable.put(unit.unitCode(), (long) numbers);
            if (numbers > 0) {
                reachable.put(unit.unitCode(), unit.reachable() ? 1L : 0L);
            }
            cooling.put(unit.unitCode(), unit.numbersCooling());
        }
        gauges.replace("hotline_unit_reachable",
                "1 when the unit has a number that can be dialled now (only units with a dialable number)", reachable);
        gauges.set("hotline_unit_dialable_numbers", "Active, non-placeholder numbers of the unit (0 = data gap)", dialable);
        gauges.set("hotline_hotline_numbers_cooling", "Numbers skipped after consecutive failures", cooling);
    }

    List<UnitHealthView> report() {
        Instant now = clock.instant();
        Map<String, DialledNumber> byNumber = store.all();
        List<UnitHealthView> units = new ArrayList<>();
        for (Unit unit : directory.snapshot().values()) {
            if (unit.transferable()) {
                units.add(health(unit, byNumber, now));
            }
        }
        return units;
    }

    private static UnitHealthView health(Unit unit, Map<String, DialledNumber> byNumber, Instant now) {
        List<NumberHealthView> numbers = new ArrayList<>();
        Map<String, Long> totals = new HashMap<>();
        for (Hotline h : unit.dialableHotlines()) {
            DialledNumber d = byNumber.get(h.number());
            NumberHealth health = d == null ? null : d.health();
            Map<String, Long> counts = d == null ? new LinkedHashMap<>() : new LinkedHashMap<>(d.attempts());
            counts.forEach((outcome, n) -> totals.merge(outcome, n, Long::sum));
            numbers.add(new NumberHealthView(PhoneNumbers.display(h.number()), h.label(),
                    health != null && health.isCooling(now), health == null ? null : date(health.coolingUntil()),
                    health == null ? 0 : health.consecutiveFailures(), health == null ? null : date(health.lastUsedAt()),
                    counts));
        }
        long cooling = numbers.stream().filter(NumberHealthView::cooling).count();
        return new UnitHealthView(unit.code(), unit.name(), cooling < numbers.size(), cooling,
                unit.hotlines().stream().filter(Hotline::placeholder).count(), totals, numbers);
    }

    private static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }
}

package vn.hotline1022.routing.transfer;

import org.bson.Document;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hotline1022.routing.directory.Directory;
import vn.hotline1022.routing.directory.domain.Hotline;
import vn.hotline1022.routing.directory.domain.PhoneNumbers;
import vn.hotline1022.routing.directory.domain.Unit;
import vn.hotline1022.routing.infra.UnitGauges;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
class HotlineHealth {

    private final Directory directory;
    private final HealthStore store;
    private final UnitGauges gauges;
    private final Clock clock;

    HotlineHealth(Directory directory, HealthStore store, UnitGauges gauges, Clock clock) {
        this.directory = directory;
        this.store = store;
        this.gauges = gauges;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${hotline.transfer.health-refresh:PT10S}")
    void refreshGauges() {
        Map<String, Long> reachable = new HashMap<>();
        Map<String, Long> dialable = new HashMap<>();
        Map<String, Long> cooling = new HashMap<>();
        for (Map<String, Object> unit : report()) {
            String code = (String) unit.get("unitCode");
            int numbers = ((List<?>) unit.get("numbers")).size();
            dialable.put(code, (long) numbers);
            if (numbers > 0) {
                reachable.put(code, Boolean.TRUE.equals(unit.get("reachable")) ? 1L : 0L);
            }
            cooling.put(code, ((Number) unit.get("numbersCooling")).longValue());
        }
        gauges.replace("hotline_unit_reachable",
                "1 when the unit has a number that can be dialled now (only units with a dialable number)", reachable);
        gauges.set("hotline_unit_dialable_numbers", "Active, non-placeholder numbers of the unit (0 = data gap)", dialable);
        gauges.set("hotline_hotline_numbers_cooling", "Numbers skipped after consecutive failures", cooling);
    }

    List<Map<String, Object>> report() {
        Instant now = clock.instant();
        Map<String, Document> byNumber = new HashMap<>();
        store.all().forEach(d -> byNumber.put(d.getString("_id"), d));
        List<Map<String, Object>> units = new ArrayList<>();
        for (Unit unit : directory.snapshot().values()) {
            if (!unit.transferable()) {
                continue;
            }
            List<Map<String, Object>> numbers = new ArrayList<>();
            long coolingCount = 0;
            boolean reachable = false;
            Map<String, Long> totals = new HashMap<>();
            for (Hotline h : unit.dialableHotlines()) {
                Document d = byNumber.get(h.number());
                boolean cooling = d != null && HealthStore.fromDocument(d).isCooling(now);
                coolingCount += cooling ? 1 : 0;
                reachable |= !cooling;
                Document counts = d == null ? new Document() : d.get("counts", new Document());
                counts.forEach((k, v) -> totals.merge(k, ((Number) v).longValue(), Long::sum));
                Map<String, Object> n = new LinkedHashMap<>();
                n.put("number", PhoneNumbers.display(h.number()));
                n.put("label", h.label());
                n.put("cooling", cooling);
                n.put("coolingUntil", d == null ? null : d.getDate("coolingUntil"));
                n.put("consecutiveFailures", d == null ? 0 : d.getInteger("consecutiveFailures", 0));
                n.put("lastUsedAt", d == null ? null : d.getDate("lastUsedAt"));
                n.put("attempts", counts);
                numbers.add(n);
            }
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("unitCode", unit.code());
            u.put("name", unit.name());
            u.put("reachable", reachable);
            u.put("numbersCooling", coolingCount);
            u.put("placeholders", unit.hotlines().stream().filter(Hotline::placeholder).count());
            u.put("attempts", totals);
            u.put("numbers", numbers);
            units.add(u);
        }
        return units;
    }
}

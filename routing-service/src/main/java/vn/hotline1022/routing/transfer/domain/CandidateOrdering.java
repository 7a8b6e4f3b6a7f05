package vn.hotline1022.routing.transfer.domain;

import vn.hotline1022.routing.directory.domain.Hotline;
import vn.hotline1022.routing.directory.domain.Unit;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Orders one unit's dialable numbers by its strategy; closed or cooling numbers are reported, not dropped. */
public final class CandidateOrdering {

    private CandidateOrdering() {
    }

    public record Result(List<Candidate> candidates, List<Candidate> cooling, List<Candidate> closed) {
    }

    /**
     * @param health       known health per number (missing = fresh)
     * @param rotation     a counter that advances once per round-robin plan of this unit
     */
    public static Result order(Unit unit, Map<String, NumberHealth> health, long rotation, Instant now,
                               LocalTime localTime) {
        List<Hotline> ready = new ArrayList<>();
        List<Candidate> cooling = new ArrayList<>();
        List<Candidate> closed = new ArrayList<>();
        for (Hotline h : unit.dialableHotlines()) {
            NumberHealth nh = health.getOrDefault(h.number(), NumberHealth.fresh(h.number(), unit.code()));
            if (nh.isCooling(now)) {
                cooling.add(candidate(unit, h));
            } else if (!h.openingHours().isOpenAt(localTime)) {
                closed.add(candidate(unit, h));
            } else {
                ready.add(h);
            }
        }
        List<Hotline> ordered = switch (unit.strategy()) {
            case PRIORITY -> ready;
            case ROUND_ROBIN -> rotate(ready, rotation);
            case LEAST_RECENTLY_USED -> ready.stream().sorted(Comparator.comparing(
                    (Hotline h) -> lastUsed(health, h), Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        };
        return new Result(ordered.stream().map(h -> candidate(unit, h)).toList(), cooling, closed);
    }

    private static Instant lastUsed(Map<String, NumberHealth> health, Hotline h) {
        NumberHealth nh = health.get(h.number());
        return nh == null ? null : nh.lastUsedAt();
    }

    private static List<Hotline> rotate(List<Hotline> list, long rotation) {
        if (list.isEmpty()) {
            return list;
        }
        int shift = (int) Math.floorMod(rotation, (long) list.size());
        List<Hotline> rotated = new ArrayList<>(list.subList(shift, list.size()));
        rotated.addAll(list.subList(0, shift));
        return rotated;
    }

    private static Candidate candidate(Unit unit, Hotline h) {
        return new Candidate(unit.code(), h.number(), h.label(), h.lineType().name(), h.priority());
    }
}

package vn.hotline1022.routing.directory.domain;

import java.util.Comparator;
import java.util.List;

/**
 * A body calls can be transferred or escalated to. Non-transferable units (Sở Y tế, CDC) keep their numbers in
 * the directory for supervisors, but operators only ever see {@code notTransferableReason} and {@code alternative}.
 * A {@code retired} unit (merged, dissolved) keeps its history and its name in old records, but no rule, plan or
 * escalation can name it any more.
 */
public record Unit(String code, String name, UnitKind kind, List<String> jurisdiction, List<String> topics,
                   List<Hotline> hotlines, boolean transferable, String notTransferableReason, String alternative,
                   FailoverStrategy strategy, EscalationDue escalationDue, boolean retired, long version) {

    public Unit {
        jurisdiction = List.copyOf(jurisdiction == null ? List.of() : jurisdiction);
        topics = List.copyOf(topics == null ? List.of() : topics);
        hotlines = List.copyOf(hotlines == null ? List.of() : hotlines);
        strategy = strategy == null ? FailoverStrategy.PRIORITY : strategy;
    }

    public boolean covers(String locality) {
        return jurisdiction.contains(locality);
    }

    public List<Hotline> dialableHotlines() {
        return hotlines.stream().filter(Hotline::dialable)
                .sorted(Comparator.comparingInt(Hotline::priority)).toList();
    }

    public Unit withVersion(long newVersion) {
        return new Unit(code, name, kind, jurisdiction, topics, hotlines, transferable, notTransferableReason,
                alternative, strategy, escalationDue, retired, newVersion);
    }

    public Unit withRetired(boolean nowRetired) {
        return new Unit(code, name, kind, jurisdiction, topics, hotlines, transferable, notTransferableReason,
                alternative, strategy, escalationDue, nowRetired, version);
    }
}

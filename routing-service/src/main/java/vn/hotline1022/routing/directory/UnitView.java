package vn.hotline1022.routing.directory;

import vn.hotline1022.routing.directory.domain.Hotline;
import vn.hotline1022.routing.directory.domain.PhoneNumbers;
import vn.hotline1022.routing.directory.domain.Unit;

import java.util.List;

/**
 * A unit as an API caller may see it. For a non-transferable unit only supervisors get the numbers; everyone
 * else gets {@code hotlines: null}, the reason and the alternative.
 */
record UnitView(String code, String name, String kind, List<String> jurisdiction, List<String> topics,
                boolean transferable, String notTransferableReason, String alternative, String strategy,
                List<HotlineView> hotlines, int placeholders, Object escalationDue, long version, boolean retired) {

    record HotlineView(String number, String label, String lineType, int priority, boolean active, String hours,
                       boolean placeholder, boolean dialable) {
    }

    static UnitView of(Unit u, boolean supervisor) {
        boolean showNumbers = u.transferable() || supervisor;
        List<HotlineView> hotlines = showNumbers ? u.hotlines().stream().map(UnitView::hotline).toList() : null;
        int placeholders = (int) u.hotlines().stream().filter(Hotline::placeholder).count();
        return new UnitView(u.code(), u.name(), u.kind().name(), u.jurisdiction(), u.topics(), u.transferable(),
                u.notTransferableReason(), u.alternative(), u.strategy().name(), hotlines, placeholders,
                u.escalationDue(), u.version(), u.retired());
    }

    private static HotlineView hotline(Hotline h) {
        return new HotlineView(PhoneNumbers.display(h.number()), h.label(), h.lineType().name(), h.priority(),
                h.active(), h.hours(), h.placeholder(), h.dialable());
    }
}

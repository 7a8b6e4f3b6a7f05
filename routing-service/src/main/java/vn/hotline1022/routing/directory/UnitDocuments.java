package vn.hotline1022.routing.directory;

import org.bson.Document;
import vn.hotline1022.routing.directory.domain.EscalationDue;
import vn.hotline1022.routing.directory.domain.FailoverStrategy;
import vn.hotline1022.routing.directory.domain.Hotline;
import vn.hotline1022.routing.directory.domain.LineType;
import vn.hotline1022.routing.directory.domain.PhoneNumbers;
import vn.hotline1022.routing.directory.domain.Unit;
import vn.hotline1022.routing.directory.domain.UnitKind;

import java.time.LocalTime;
import java.util.List;

/** Unit ↔ BSON. The unit code is the document id. */
final class UnitDocuments {

    private UnitDocuments() {
    }

    static Document toDocument(Unit u) {
        Document doc = new Document("_id", u.code()).append("name", u.name()).append("kind", u.kind().name())
                .append("jurisdiction", u.jurisdiction()).append("topics", u.topics())
                .append("hotlines", u.hotlines().stream().map(UnitDocuments::hotline).toList())
                .append("transferable", u.transferable())
                .append("notTransferableReason", u.notTransferableReason())
                .append("alternative", u.alternative()).append("strategy", u.strategy().name())
                .append("retired", u.retired());
        if (u.escalationDue() != null) {
            doc.append("escalationDue", new Document("workingDays", u.escalationDue().workingDays())
                    .append("time", u.escalationDue().time().toString()));
        }
        return doc;
    }

    static Unit fromDocument(Document d) {
        Document due = d.get("escalationDue", Document.class);
        return new Unit(d.getString("_id") != null ? d.getString("_id") : d.getString("code"), d.getString("name"),
                UnitKind.valueOf(d.getString("kind")), d.getList("jurisdiction", String.class),
                d.getList("topics", String.class),
                d.getList("hotlines", Document.class, List.of()).stream().map(UnitDocuments::hotline).toList(),
                d.getBoolean("transferable", true), d.getString("notTransferableReason"),
                d.getString("alternative"),
                d.getString("strategy") == null ? null : FailoverStrategy.valueOf(d.getString("strategy")),
                due == null ? null : new EscalationDue(due.getInteger("workingDays"), LocalTime.parse(due.getString("time"))),
                d.getBoolean("retired", false), d.get("version") instanceof Number n ? n.longValue() : 0L);
    }

    private static Document hotline(Hotline h) {
        return new Document("number", h.number()).append("label", h.label()).append("lineType", h.lineType().name())
                .append("priority", h.priority()).append("active", h.active()).append("hours", h.hours())
                .append("placeholder", h.placeholder());
    }

    private static Hotline hotline(Document d) {
        boolean placeholder = d.getBoolean("placeholder", false);
        String number = PhoneNumbers.normalize(d.getString("number"));
        return new Hotline(number, d.getString("label"), LineType.valueOf(d.getString("lineType")),
                d.getInteger("priority", 1), d.getBoolean("active", true) && !placeholder, d.getString("hours"),
                placeholder || number == null);
    }

    /**
     * A stored history line as supervisors read it: the stored fields, whatever version of the unit wrote them; numbers
     * as national digits, the form versions stored before E.164 hold, so old and new versions compare.
     */
    static UnitHistoryView version(Document h) {
        return new UnitHistoryView(h.getDate("at"), h.getString("by"), h.getString("action"),
                snapshot(h.get("before", Document.class)), snapshot(h.get("after", Document.class)));
    }

    private static UnitHistoryView.UnitSnapshot snapshot(Document u) {
        if (u == null) {
            return null;
        }
        Document due = u.get("escalationDue", Document.class);
        return new UnitHistoryView.UnitSnapshot(u.getString("_id"), u.getString("name"), u.getString("kind"),
                u.getList("jurisdiction", String.class), u.getList("topics", String.class),
                u.getList("hotlines", Document.class, List.of()).stream().map(h -> new UnitHistoryView.HotlineSnapshot(
                        PhoneNumbers.national(PhoneNumbers.stored(h.getString("number"))), h.getString("label"),
                        h.getString("lineType"), h.getInteger("priority"),
                        h.getBoolean("active"), h.getString("hours"), h.getBoolean("placeholder"))).toList(),
                u.getBoolean("transferable"), u.getString("notTransferableReason"), u.getString("alternative"),
                u.getString("strategy"),
                // versions stored before units could be retired say nothing about it
                u.containsKey("retired") ? u.getBoolean("retired") : null,
                due == null ? null : new UnitHistoryView.DueSnapshot(due.getInteger("workingDays"), due.getString("time")));
    }

    /** The seed file: a JSON array of units in their stored shape. */
    static List<Unit> parseSeed(String json) {
        return Document.parse("{\"units\": " + json + "}").getList("units", Document.class).stream()
                .map(UnitDocuments::fromDocument).toList();
    }
}

package vn.hotline1022.routing.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.bson.Document;

import java.util.Date;
import java.util.List;

/**
 * One change to a unit, for supervisors: when, by whom, and the unit before (null for the first version) and after,
 * as stored: numbers in digits, every number including those operators never see. The field names are the stored
 * ones, {@code _id} included, because that is what this endpoint has always shown; a seeded version has no
 * {@code _id}. The time stays a {@link Date}: that is how it is stored and always went out, with milliseconds.
 */
record UnitHistoryView(Date at, String by, String action, UnitSnapshot before, UnitSnapshot after) {

    record UnitSnapshot(@JsonProperty("_id") @JsonInclude(JsonInclude.Include.NON_NULL) String id, String name,
                        String kind, List<String> jurisdiction, List<String> topics, List<HotlineSnapshot> hotlines,
                        boolean transferable, String notTransferableReason, String alternative, String strategy,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean retired,
                        @JsonInclude(JsonInclude.Include.NON_NULL) DueSnapshot escalationDue) {

        static UnitSnapshot of(Document u) {
            if (u == null) {
                return null;
            }
            Document due = u.get("escalationDue", Document.class);
            return new UnitSnapshot(u.getString("_id"), u.getString("name"), u.getString("kind"),
                    u.getList("jurisdiction", String.class), u.getList("topics", String.class),
                    u.getList("hotlines", Document.class, List.of()).stream().map(HotlineSnapshot::of).toList(),
                    u.getBoolean("transferable"), u.getString("notTransferableReason"), u.getString("alternative"),
                    u.getString("strategy"),
                    // versions stored before units could be retired say nothing about it
                    u.containsKey("retired") ? u.getBoolean("retired") : null,
                    due == null ? null : new DueSnapshot(due.getInteger("workingDays"), due.getString("time")));
        }
    }

    record HotlineSnapshot(String number, String label, String lineType, int priority, boolean active, String hours,
                           boolean placeholder) {

        static HotlineSnapshot of(Document h) {
            return new HotlineSnapshot(h.getString("number"), h.getString("label"), h.getString("lineType"),
                    h.getInteger("priority"), h.getBoolean("active"), h.getString("hours"), h.getBoolean("placeholder"));
        }
    }

    record DueSnapshot(int workingDays, String time) {
    }

    static UnitHistoryView of(Document h) {
        return new UnitHistoryView(h.getDate("at"), h.getString("by"), h.getString("action"),
                UnitSnapshot.of(h.get("before", Document.class)), UnitSnapshot.of(h.get("after", Document.class)));
    }
}

package vn.hotline1022.routing.rules;

import org.bson.Document;

import java.util.Date;
import java.util.List;

/**
 * One saved version of a routing rule: when, by whom, and the rule as then saved. The time stays a {@link Date}:
 * that is how it is stored and always went out, with milliseconds.
 */
record RuleHistoryView(Date at, String by, RuleSnapshot after) {

    record RuleSnapshot(String topic, String locality, List<String> targets, boolean knowledgeBaseOnly, String reason) {
    }

    static RuleHistoryView of(Document h) {
        Document a = h.get("after", Document.class);
        return new RuleHistoryView(h.getDate("at"), h.getString("by"), new RuleSnapshot(a.getString("topic"),
                a.getString("locality"), a.getList("targets", String.class), a.getBoolean("knowledgeBaseOnly"),
                a.getString("reason")));
    }
}

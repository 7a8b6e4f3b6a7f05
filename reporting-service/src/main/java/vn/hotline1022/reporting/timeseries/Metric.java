package vn.hotline1022.reporting.timeseries;

import java.util.Arrays;
import java.util.Map;

/** What can be charted over time: the fact collection, its time field, and the breakdowns it supports. */
enum Metric {
    CALLS("calls", "call_facts", "receivedAt", Map.of("topic", "topic", "locality", "locality", "channel", "channel",
            "operator", "operator")),
    CLOSED_CALLS("closedCalls", "call_facts", "closedAt", Map.of("outcome", "outcome", "topic", "closedTopic",
            "unit", "unitCode")),
    TRANSFERS("transfers", "transfer_facts", "completedAt", Map.of("unit", "unitCode", "outcome", "connected")),
    TRANSFER_DIALS("transferDials", "transfer_attempt_facts", "at", Map.of("unit", "unitCode", "outcome", "outcome")),
    ESCALATIONS("escalations", "escalation_facts", "firstSeenAt", Map.of("unit", "unitCode", "topic", "topic",
            "locality", "locality")),
    SEARCH_MISSES("searchMisses", "search_miss_facts", "searchedAt", Map.of("topic", "topic", "locality", "locality"));

    final String name;
    final String collection;
    final String timeField;
    final Map<String, String> breakdowns;

    Metric(String name, String collection, String timeField, Map<String, String> breakdowns) {
        this.name = name;
        this.collection = collection;
        this.timeField = timeField;
        this.breakdowns = breakdowns;
    }

    static Metric parse(String name) {
        return Arrays.stream(values()).filter(m -> m.name.equals(name)).findFirst().orElse(null);
    }

    static String names() {
        return String.join(", ", Arrays.stream(values()).map(m -> m.name).toList());
    }
}

package vn.hotline1022.knowledge.domain;

import java.time.Instant;
import java.util.List;

/** One line of an entry's history: which version a change made, who made it and which fields it touched. */
public record EntryHistoryLine(long version, Instant at, String by, String action, List<String> fields, String status) {
}

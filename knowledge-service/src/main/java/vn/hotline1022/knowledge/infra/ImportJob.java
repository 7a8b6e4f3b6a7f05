package vn.hotline1022.knowledge.infra;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One bulk import as its job document keeps it: its counts by name ({@code processed} and one per outcome of a
 * line) and its labels (the entry import's {@code format}); each kind of import turns it into its own view.
 */
public record ImportJob(String id, String status, int total, Map<String, Integer> counts, Map<String, String> labels,
                        List<LineError> errors, Instant startedAt, Instant finishedAt) {

    public int count(String name) {
        Integer n = counts.get(name);
        return n == null ? 0 : n;
    }
}

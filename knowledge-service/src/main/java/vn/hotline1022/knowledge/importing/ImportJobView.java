package vn.hotline1022.knowledge.importing;

import java.time.Instant;
import java.util.List;

/** An import's progress and result as the console polls it; who started it stays in the store. */
record ImportJobView(String id, String format, String status, int total, int processed, int created, int updated,
                     int unchanged, int failed, List<RowError> errors, Instant startedAt, Instant finishedAt) {
}

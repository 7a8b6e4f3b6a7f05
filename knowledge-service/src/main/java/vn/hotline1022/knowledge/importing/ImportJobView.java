package vn.hotline1022.knowledge.importing;

import vn.hotline1022.knowledge.infra.ImportJob;
import vn.hotline1022.knowledge.infra.LineError;

import java.time.Instant;
import java.util.List;

/** An import's progress and result as the console polls it; who started it stays in the store. */
record ImportJobView(String id, String format, String status, int total, int processed, int created, int updated,
                     int unchanged, int failed, List<LineError> errors, Instant startedAt, Instant finishedAt) {

    static ImportJobView of(ImportJob job) {
        return new ImportJobView(job.id(), job.labels().get("format"), job.status(), job.total(),
                job.count("processed"), job.count("created"), job.count("updated"), job.count("unchanged"),
                job.count("failed"), job.errors(), job.startedAt(), job.finishedAt());
    }
}

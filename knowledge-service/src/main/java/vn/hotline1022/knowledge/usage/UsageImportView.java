package vn.hotline1022.knowledge.usage;

import vn.hotline1022.knowledge.infra.ImportJob;
import vn.hotline1022.knowledge.infra.LineError;

import java.time.Instant;
import java.util.List;

/** A usage import's progress and result as the console polls it; who started it stays in the store. */
record UsageImportView(String id, String status, int total, int processed, int imported, int duplicates, int failed,
                       List<LineError> errors, Instant startedAt, Instant finishedAt) {

    static UsageImportView of(ImportJob job) {
        return new UsageImportView(job.id(), job.status(), job.total(), job.count("processed"),
                job.count("imported"), job.count("duplicates"), job.count("failed"), job.errors(), job.startedAt(),
                job.finishedAt());
    }
}

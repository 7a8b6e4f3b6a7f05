package vn.hotline1022.knowledge.usage;

import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/** A usage import's progress and result as the console polls it; who started it stays in the store. */
record UsageImportView(String id, String status, int total, int processed, int imported, int duplicates, int failed,
                       List<LineError> errors, Instant startedAt, Instant finishedAt) {

    static UsageImportView of(Document d) {
        Date finished = d.getDate("finishedAt");
        return new UsageImportView(d.getString("_id"), d.getString("status"), d.getInteger("total"),
                d.getInteger("processed"), d.getInteger("imported"), d.getInteger("duplicates"), d.getInteger("failed"),
                d.getList("errors", Document.class, List.of()).stream().map(e -> new LineError(e.getInteger("line"),
                        e.getString("externalId"), e.getString("field"), e.getString("reason"))).toList(),
                d.getDate("startedAt").toInstant(), finished == null ? null : finished.toInstant());
    }
}

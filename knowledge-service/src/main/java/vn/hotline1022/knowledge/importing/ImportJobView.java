package vn.hotline1022.knowledge.importing;

import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/** An import's progress and result as the console polls it; who started it stays in the store. */
record ImportJobView(String id, String format, String status, int total, int processed, int created, int updated,
                     int unchanged, int failed, List<RowError> errors, Instant startedAt, Instant finishedAt) {

    static ImportJobView of(Document d) {
        Date finished = d.getDate("finishedAt");
        return new ImportJobView(d.getString("_id"), d.getString("format"), d.getString("status"),
                d.getInteger("total"), d.getInteger("processed"), d.getInteger("created"), d.getInteger("updated"),
                d.getInteger("unchanged"), d.getInteger("failed"),
                d.getList("errors", Document.class, List.of()).stream().map(e -> new RowError(e.getInteger("line"),
                        e.getString("externalId"), e.getString("field"), e.getString("reason"))).toList(),
                d.getDate("startedAt").toInstant(), finished == null ? null : finished.toInstant());
    }
}

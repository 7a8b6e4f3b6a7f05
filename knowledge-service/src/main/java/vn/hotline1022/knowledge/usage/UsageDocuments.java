package vn.hotline1022.knowledge.usage;

import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.hotline1022.knowledge.infra.LineError;
import vn.hotline1022.knowledge.infra.LineErrorDocuments;

import java.util.Date;
import java.util.List;

/** Mapping of the usage log's and usage imports' documents to the import's view and the export's lines. */
final class UsageDocuments {

    private UsageDocuments() {
    }

    static UsageImportView importView(Document d) {
        Date finished = d.getDate("finishedAt");
        return new UsageImportView(d.getString("_id"), d.getString("status"), d.getInteger("total"),
                d.getInteger("processed"), d.getInteger("imported"), d.getInteger("duplicates"), d.getInteger("failed"),
                LineErrorDocuments.read(d),
                d.getDate("startedAt").toInstant(), finished == null ? null : finished.toInstant());
    }

    static UsageExportLine exportLine(Document d, boolean includeRejected) {
        Date usedAt = d.getDate("usedAt");
        return new UsageExportLine(d.getString("externalId"), d.getString("question"),
                usedAt == null ? null : usedAt.toInstant().toString(), d.getString("source"),
                includeRejected ? Boolean.TRUE.equals(d.getBoolean("rejected")) : null);
    }

    static Bson counts(UsageImportStore.Counts counts) {
        return Updates.combine(Updates.set("processed", counts.processed), Updates.set("imported", counts.imported),
                Updates.set("duplicates", counts.duplicates), Updates.set("failed", counts.failed));
    }
}

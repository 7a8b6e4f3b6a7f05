package vn.hotline1022.knowledge.usage;

import org.bson.Document;

import java.util.Date;

/** Mapping of the usage log's documents to the export's lines. */
final class UsageDocuments {

    private UsageDocuments() {
    }

    static UsageExportLine exportLine(Document d, boolean includeRejected) {
        Date usedAt = d.getDate("usedAt");
        return new UsageExportLine(d.getString("externalId"), d.getString("question"),
                usedAt == null ? null : usedAt.toInstant().toString(), d.getString("source"),
                includeRejected ? Boolean.TRUE.equals(d.getBoolean("rejected")) : null);
    }
}

package vn.hotline1022.knowledge.usage;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.bson.Document;

import java.util.Date;

/**
 * One line of the usage export, in the import's own format so another province can load it as it is. A use with no
 * time has no {@code usedAt}; {@code rejected} is written only when the export was asked to include rejected uses.
 */
record UsageExportLine(String externalId, String question, @JsonInclude(JsonInclude.Include.NON_NULL) String usedAt,
                       String source, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean rejected) {

    static UsageExportLine of(Document d, boolean includeRejected) {
        Date usedAt = d.getDate("usedAt");
        return new UsageExportLine(d.getString("externalId"), d.getString("question"),
                usedAt == null ? null : usedAt.toInstant().toString(), d.getString("source"),
                includeRejected ? Boolean.TRUE.equals(d.getBoolean("rejected")) : null);
    }
}

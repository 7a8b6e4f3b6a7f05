package vn.hotline1022.knowledge.importing;

import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.hotline1022.knowledge.infra.LineError;
import vn.hotline1022.knowledge.infra.LineErrorDocuments;

import java.util.Date;
import java.util.List;

/** Mapping between an import job document and its view, counts and rejected rows. */
final class ImportJobDocuments {

    private ImportJobDocuments() {
    }

    static ImportJobView view(Document d) {
        Date finished = d.getDate("finishedAt");
        return new ImportJobView(d.getString("_id"), d.getString("format"), d.getString("status"),
                d.getInteger("total"), d.getInteger("processed"), d.getInteger("created"), d.getInteger("updated"),
                d.getInteger("unchanged"), d.getInteger("failed"),
                LineErrorDocuments.read(d),
                d.getDate("startedAt").toInstant(), finished == null ? null : finished.toInstant());
    }

    static Bson counts(ImportCounts counts) {
        return Updates.combine(Updates.set("processed", counts.processed), Updates.set("created", counts.created),
                Updates.set("updated", counts.updated), Updates.set("unchanged", counts.unchanged),
                Updates.set("failed", counts.failed));
    }
}

package vn.hotline1022.knowledge.importing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.hotline1022.knowledge.infra.LineError;
import vn.hotline1022.knowledge.infra.LineErrorDocuments;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Progress and result of each import, so a large one can be followed with GET /api/knowledge/imports/{id}. */
@Component
class ImportJobStore {

    private final MongoCollection<Document> imports;

    ImportJobStore(MongoDatabase database) {
        this.imports = database.getCollection("imports");
    }

    String start(String format, int total, String by) {
        String id = UUID.randomUUID().toString();
        imports.insertOne(new Document("_id", id).append("format", format).append("status", "RUNNING")
                .append("total", total).append("processed", 0).append("created", 0).append("updated", 0)
                .append("unchanged", 0).append("failed", 0).append("startedBy", by).append("startedAt", new Date()));
        return id;
    }

    void progress(String id, ImportCounts counts) {
        imports.updateOne(Filters.eq("_id", id), ImportJobDocuments.counts(counts));
    }

    void finish(String id, ImportCounts counts, List<LineError> errors, String status) {
        imports.updateOne(Filters.eq("_id", id), Updates.combine(ImportJobDocuments.counts(counts),
                Updates.set("status", status), Updates.set("errors", LineErrorDocuments.kept(errors)), Updates.set("finishedAt", new Date())));
    }

    Optional<ImportJobView> find(String id) {
        return Optional.ofNullable(imports.find(Filters.eq("_id", id)).first()).map(ImportJobDocuments::view);
    }
}

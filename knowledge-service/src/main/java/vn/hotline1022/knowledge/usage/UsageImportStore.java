package vn.hotline1022.knowledge.usage;

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

/** Progress and result of each usage import, followed with GET /api/knowledge/usage/imports/{id}. */
@Component
class UsageImportStore {

    /** Running totals of one import. */
    static final class Counts {
        int processed;
        int imported;
        int duplicates;
        int failed;
    }

    private final MongoCollection<Document> jobs;

    UsageImportStore(MongoDatabase database) {
        this.jobs = database.getCollection("usage_imports");
    }

    String start(int total, String by) {
        String id = UUID.randomUUID().toString();
        jobs.insertOne(new Document("_id", id).append("status", "RUNNING").append("total", total)
                .append("processed", 0).append("imported", 0).append("duplicates", 0).append("failed", 0)
                .append("errors", List.of()).append("startedBy", by).append("startedAt", new Date()));
        return id;
    }

    void progress(String id, Counts counts) {
        jobs.updateOne(Filters.eq("_id", id), UsageDocuments.counts(counts));
    }

    void finish(String id, Counts counts, List<LineError> errors, String status) {
        jobs.updateOne(Filters.eq("_id", id), Updates.combine(UsageDocuments.counts(counts),
                Updates.set("status", status), Updates.set("errors", LineErrorDocuments.kept(errors)), Updates.set("finishedAt", new Date())));
    }

    Optional<UsageImportView> find(String id) {
        return Optional.ofNullable(jobs.find(Filters.eq("_id", id)).first()).map(UsageDocuments::importView);
    }
}

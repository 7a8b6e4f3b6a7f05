package vn.hotline1022.knowledge.infra;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Progress and result of the bulk imports of one kind (entries, usage logs), one document per import in the kind's
 * collection, so a large one can be followed while it runs. A kind names its counts and labels once, in its store.
 */
public abstract class ImportJobStore {

    /** Running totals of one import, by the names the kind's store declared. */
    public interface Counts {
        Map<String, Integer> byName();
    }

    private final MongoCollection<Document> jobs;
    private final List<String> labels;
    private final List<String> counts;

    protected ImportJobStore(MongoDatabase database, String collection, List<String> labels, List<String> counts) {
        this.jobs = database.getCollection(collection);
        this.labels = labels;
        this.counts = counts;
    }

    protected String start(int total, String by, Map<String, String> labelValues) {
        String id = UUID.randomUUID().toString();
        Document job = new Document("_id", id);
        labels.forEach(label -> job.append(label, labelValues.get(label)));
        job.append("status", "RUNNING").append("total", total);
        counts.forEach(count -> job.append(count, 0));
        jobs.insertOne(job.append("errors", List.of()).append("startedBy", by).append("startedAt", new Date()));
        return id;
    }

    public void progress(String id, Counts counts) {
        jobs.updateOne(Filters.eq("_id", id), ImportJobDocuments.counts(counts));
    }

    public void finish(String id, Counts counts, List<LineError> errors, String status) {
        jobs.updateOne(Filters.eq("_id", id), Updates.combine(ImportJobDocuments.counts(counts),
                Updates.set("status", status), Updates.set("errors", ImportJobDocuments.kept(errors)),
                Updates.set("finishedAt", new Date())));
    }

    protected Optional<ImportJob> find(String id) {
        return Optional.ofNullable(jobs.find(Filters.eq("_id", id)).first())
                .map(d -> ImportJobDocuments.job(d, labels, counts));
    }
}

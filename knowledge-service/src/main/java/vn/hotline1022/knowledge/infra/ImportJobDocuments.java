package vn.hotline1022.knowledge.infra;

import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Mapping between an import's job document and {@link ImportJob}: its counts, labels and rejected lines. */
public final class ImportJobDocuments {

    private ImportJobDocuments() {
    }

    /** {@code labels} and {@code counts}: the names the kind's store declared. */
    public static ImportJob job(Document d, List<String> labels, List<String> counts) {
        Map<String, String> labelValues = new LinkedHashMap<>();
        labels.forEach(label -> labelValues.put(label, d.getString(label)));
        Map<String, Integer> countValues = new LinkedHashMap<>();
        counts.forEach(count -> countValues.put(count, d.getInteger(count)));
        Date finished = d.getDate("finishedAt");
        return new ImportJob(d.getString("_id"), d.getString("status"), d.getInteger("total"), countValues,
                labelValues, errors(d), d.getDate("startedAt").toInstant(),
                finished == null ? null : finished.toInstant());
    }

    static Bson counts(ImportJobStore.Counts counts) {
        return Updates.combine(counts.byName().entrySet().stream()
                .map(c -> Updates.set(c.getKey(), c.getValue())).toList());
    }

    static List<Document> kept(List<LineError> errors) {
        return errors.stream().limit(LineError.MAX_KEPT).map(e -> new Document("line", e.line())
                .append("externalId", e.externalId()).append("field", e.field()).append("reason", e.reason())).toList();
    }

    private static List<LineError> errors(Document job) {
        return job.getList("errors", Document.class, List.of()).stream().map(e -> new LineError(e.getInteger("line"),
                e.getString("externalId"), e.getString("field"), e.getString("reason"))).toList();
    }
}

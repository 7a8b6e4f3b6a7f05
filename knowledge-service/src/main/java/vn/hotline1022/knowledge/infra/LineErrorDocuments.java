package vn.hotline1022.knowledge.infra;

import org.bson.Document;

import java.util.List;

/** The rejected lines of an import as its job document keeps them, for both kinds of import. */
public final class LineErrorDocuments {

    private LineErrorDocuments() {
    }

    public static List<Document> kept(List<LineError> errors) {
        return errors.stream().limit(LineError.MAX_KEPT).map(e -> new Document("line", e.line())
                .append("externalId", e.externalId()).append("field", e.field()).append("reason", e.reason())).toList();
    }

    public static List<LineError> read(Document job) {
        return job.getList("errors", Document.class, List.of()).stream().map(e -> new LineError(e.getInteger("line"),
                e.getString("externalId"), e.getString("field"), e.getString("reason"))).toList();
    }
}

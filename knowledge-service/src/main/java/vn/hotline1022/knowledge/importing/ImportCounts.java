package vn.hotline1022.knowledge.importing;

import com.mongodb.client.model.Updates;
import org.bson.conversions.Bson;

import java.util.List;

/** Running totals of an import. */
final class ImportCounts {

    int processed;
    int created;
    int updated;
    int unchanged;
    int failed;

    List<Bson> asUpdates() {
        return List.of(Updates.set("processed", processed), Updates.set("created", created),
                Updates.set("updated", updated), Updates.set("unchanged", unchanged), Updates.set("failed", failed));
    }
}

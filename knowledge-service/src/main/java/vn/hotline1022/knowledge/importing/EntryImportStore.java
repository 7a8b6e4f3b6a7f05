package vn.hotline1022.knowledge.importing;

import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Component;
import vn.hotline1022.knowledge.infra.ImportJobStore;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Progress and result of each entry import, so a large one can be followed with GET /api/knowledge/imports/{id}. */
@Component
class EntryImportStore extends ImportJobStore {

    EntryImportStore(MongoDatabase database) {
        super(database, "imports", List.of("format"), ImportCounts.NAMES);
    }

    String start(String format, int total, String by) {
        return start(total, by, Map.of("format", format));
    }

    Optional<ImportJobView> view(String id) {
        return find(id).map(ImportJobView::of);
    }
}

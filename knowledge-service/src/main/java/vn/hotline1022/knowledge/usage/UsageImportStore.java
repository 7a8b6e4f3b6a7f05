package vn.hotline1022.knowledge.usage;

import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Component;
import vn.hotline1022.knowledge.infra.ImportJobStore;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Progress and result of each usage import, followed with GET /api/knowledge/usage/imports/{id}. */
@Component
class UsageImportStore extends ImportJobStore {

    /** Running totals of one import. */
    static final class Counts implements ImportJobStore.Counts {

        static final List<String> NAMES = List.of("processed", "imported", "duplicates", "failed");

        int processed;
        int imported;
        int duplicates;
        int failed;

        @Override
        public Map<String, Integer> byName() {
            return Map.of("processed", processed, "imported", imported, "duplicates", duplicates, "failed", failed);
        }
    }

    UsageImportStore(MongoDatabase database) {
        super(database, "usage_imports", List.of(), Counts.NAMES);
    }

    String start(int total, String by) {
        return start(total, by, Map.of());
    }

    Optional<UsageImportView> view(String id) {
        return find(id).map(UsageImportView::of);
    }
}

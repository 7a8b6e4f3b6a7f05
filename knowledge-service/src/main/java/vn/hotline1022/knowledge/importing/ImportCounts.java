package vn.hotline1022.knowledge.importing;

import vn.hotline1022.knowledge.infra.ImportJobStore;

import java.util.List;
import java.util.Map;

/** Running totals of an entry import. */
final class ImportCounts implements ImportJobStore.Counts {

    static final List<String> NAMES = List.of("processed", "created", "updated", "unchanged", "failed");

    int processed;
    int created;
    int updated;
    int unchanged;
    int failed;

    @Override
    public Map<String, Integer> byName() {
        return Map.of("processed", processed, "created", created, "updated", updated, "unchanged", unchanged,
                "failed", failed);
    }
}

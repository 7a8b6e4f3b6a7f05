package vn.hotline1022.knowledge.indexing;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import vn.hotline1022.knowledge.search.SearchEngine;

/** Not ready until the index has been built from MongoDB, so no replica answers searches from an empty index. */
@Component("searchIndex")
@RequiredArgsConstructor
class SearchIndexHealthIndicator extends AbstractHealthIndicator {

    private final IndexSync sync;
    private final SearchEngine engine;

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        (sync.ready() ? builder.up() : builder.outOfService()).withDetail("entries", engine.size());
    }
}

package vn.hotline1022.knowledge.indexing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hotline1022.knowledge.entry.EntryChanges;
import vn.hotline1022.knowledge.entry.EntryQueryStore;
import vn.hotline1022.knowledge.entry.EntryStore;
import vn.hotline1022.knowledge.search.IndexedEntry;
import vn.hotline1022.knowledge.search.SearchEngine;
import vn.hotline1022.knowledge.synonym.SynonymStore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Keeps this replica's index equal to MongoDB: a full rebuild at start, the entry itself after a local write,
 * every knowledge-changed event (other replicas' writes), and a periodic sweep of recently updated entries
 * that closes the gap between the rebuild and the consumer's first poll.
 */
@Component
public class IndexSync implements EntryChanges {

    private static final Logger log = LoggerFactory.getLogger(IndexSync.class);

    private final SearchEngine engine;
    private final EntryStore store;
    private final EntryQueryStore queries;
    private final SynonymStore synonyms;
    private final Counter usedCounter;
    private volatile boolean ready;
    private volatile Instant lastSweep = Instant.now();

    IndexSync(SearchEngine engine, EntryStore store, EntryQueryStore queries, SynonymStore synonyms, MeterRegistry registry) {
        this.engine = engine;
        this.store = store;
        this.queries = queries;
        this.synonyms = synonyms;
        this.usedCounter = Counter.builder("hotline_knowledge_used_total")
                .description("Answers marked as used on a call").register(registry);
    }

    @EventListener(ApplicationStartedEvent.class)
    public void rebuild() {
        Instant started = Instant.now();
        engine.useSynonyms(synonyms.current());
        var entries = StreamSupport.stream(queries.operatorVisible().spliterator(), false).map(IndexedEntries::of).iterator();
        int count = engine.rebuild(entries);
        lastSweep = started.minusSeconds(5);
        ready = true;
        log.info("search index rebuilt from MongoDB: {} entries in {} ms", count,
                Duration.between(started, Instant.now()).toMillis());
    }

    public boolean ready() {
        return ready;
    }

    @Override
    public void reindex(String entryId) {
        var entry = store.find(entryId);
        if (entry.isPresent() && entry.get().operatorVisible()) {
            engine.upsert(IndexedEntries.of(entry.get()));
        } else {
            engine.delete(entryId);
        }
    }

    /** After a bulk write: one index refresh for the whole batch. */
    public void reindexAll(List<String> entryIds) {
        List<IndexedEntry> visible = new ArrayList<>();
        for (String id : entryIds) {
            var entry = store.find(id);
            if (entry.isPresent() && entry.get().operatorVisible()) {
                visible.add(IndexedEntries.of(entry.get()));
            } else {
                engine.delete(id);
            }
        }
        engine.upsertAll(visible);
    }

    @Override
    public void used() {
        usedCounter.increment();
    }

    @Scheduled(fixedDelayString = "${hotline.knowledge.sweep-interval:PT30S}", initialDelayString = "PT10S")
    public void sweep() {
        if (!ready) {
            return;
        }
        Instant from = lastSweep;
        lastSweep = Instant.now().minusSeconds(5);
        List<String> ids = queries.idsChangedSince(from);
        if (!ids.isEmpty()) {
            reindexAll(ids);
        }
        engine.useSynonyms(synonyms.current());
    }
}

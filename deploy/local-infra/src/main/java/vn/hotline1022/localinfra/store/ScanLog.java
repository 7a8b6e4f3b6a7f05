package vn.hotline1022.localinfra.store;

import de.bwaldvogel.mongo.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the queries no index served, by collection and query shape (the query's keys), and logs the busiest once
 * a minute: a scan costs the whole collection, so a shape that repeats per call is what bounds the store.
 */
final class ScanLog {

    private static final Logger log = LoggerFactory.getLogger(ScanLog.class);
    /** Collections this small are read faster than indexed: their scans are not worth a line. */
    private static final int SMALL = 500;

    private final Map<String, LongAdder[]> shapes = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    void scanned(String collection, Document query, int documents) {
        total.increment();
        if (documents < SMALL) {
            return;
        }
        String shape = collection + " " + new TreeSet<>(query.keySet());
        LongAdder[] counters = shapes.computeIfAbsent(shape, s -> new LongAdder[] {new LongAdder(), new LongAdder()});
        counters[0].increment();
        counters[1].add(documents);
    }

    /** Scans of any size since the store opened. */
    long total() {
        return total.sum();
    }

    /** Logs and forgets the last minute's scans, busiest first (documents read). */
    void report() {
        if (shapes.isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder("store scans in the last minute (queries, documents read):");
        shapes.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[1].sum(), a.getValue()[1].sum()))
                .limit(8)
                .forEach(e -> line.append("\n  ").append(e.getKey()).append(": ")
                        .append(e.getValue()[0].sum()).append(", ").append(e.getValue()[1].sum()));
        shapes.clear();
        log.info(line.toString());
    }
}

package vn.hotline1022.localinfra.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An H2 collection that finds documents by {@code _id} also when the query says more than the id. mongo-java-server
 * uses the id index only for a query of exactly {@code {_id: …}}, so the services' compare-and-set updates
 * ({@code {_id, status: "OPEN"}}, {@code {_id: {$in}, outbox: {$size: 0}}}) scanned the whole collection, once per
 * call closed. Here the ids name the candidates and the whole query is matched on them, as a scan would. The
 * queries that still scan are counted ({@link ScanLog}), so the next one to fix shows itself.
 */
final class IndexedH2Collection extends H2Collection {

    private final ScanLog scans;

    IndexedH2Collection(MongoDatabase database, String name, CollectionOptions options,
                        MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursors,
                        ScanLog scans) {
        super(database, name, options, dataMap, metaMap, cursors);
        this.scans = scans;
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                         Document fieldSelector) {
        Document probe = Probe.of(query);
        if (probe != null) {
            Iterable<Object> positions = candidates(probe);
            if (positions != null) {
                return matchDocuments(query, positions, orderBy, skip, limit, batchSize, fieldSelector);
            }
        }
        return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
    }

    /**
     * The fewest documents an index or the ids can name for the probe, or null when neither can: a unique index
     * first (one document per key), then the ids, then the smallest answer of the equality indexes.
     */
    private Iterable<Object> candidates(Document probe) {
        List<Index<Object>> indexes = getIndexes();
        for (Index<Object> index : indexes) {
            if (index.isUnique() && index.canHandle(probe)) {
                return index.getPositions(probe);
            }
        }
        Collection<Object> ids = FieldValues.equalityValues(probe, "_id");
        if (ids != null) {
            List<Object> present = new ArrayList<>(ids.size());
            for (Object id : ids) {
                if (getDocument(id) != null) {
                    present.add(id);
                }
            }
            return present;
        }
        List<Object> fewest = null;
        for (Index<Object> index : indexes) {
            if (index instanceof EqualityIndex && index.canHandle(probe)) {
                List<Object> positions = (List<Object>) index.getPositions(probe);
                if (fewest == null || positions.size() < fewest.size()) {
                    fewest = positions;
                }
            }
        }
        return fewest;
    }

    /** An aggregation's source: only the documents its leading {@code $match} can select, when an index names them. */
    @Override
    public Stream<Document> queryAllAsStream() {
        Document match = LeadingMatch.take(getCollectionName());
        Document probe = match == null ? null : Probe.of(match);
        Iterable<Object> positions = probe == null ? null : candidates(probe);
        if (positions == null) {
            return super.queryAllAsStream();
        }
        return StreamSupport.stream(matchDocuments(match, positions, null, 0, 0, 0, null).spliterator(), false);
    }

    /** The path mongo-java-server takes when no index serves a query: every document is read and matched. */
    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                         Document fieldSelector) {
        scans.scanned(getCollectionName(), query, count());
        return super.matchDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
    }
}

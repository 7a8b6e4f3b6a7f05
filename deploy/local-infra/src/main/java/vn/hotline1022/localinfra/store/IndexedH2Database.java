package vn.hotline1022.localinfra.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.util.List;

/** An H2 database whose collections find by id with conditions and whose non-unique indexes serve equalities. */
final class IndexedH2Database extends H2Database {

    /**
     * H2Database's constructor opens the collections already in the file, before a subclass's fields are set; what
     * they need is handed over on the opening thread.
     */
    private static final ThreadLocal<Opening> OPENING = new ThreadLocal<>();

    private record Opening(MVStore store, ScanLog scans) {
    }

    private final Opening opening;

    private IndexedH2Database(String name, MVStore store, CursorRegistry cursors) {
        super(name, store, cursors);
        this.opening = OPENING.get();
    }

    static IndexedH2Database open(String name, MVStore store, CursorRegistry cursors, ScanLog scans) {
        OPENING.set(new Opening(store, scans));
        try {
            return new IndexedH2Database(name, store, cursors);
        } finally {
            OPENING.remove();
        }
    }

    private Opening opening() {
        return opening != null ? opening : OPENING.get();
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        // the map names are mongo-java-server's own (H2Database), so a file written without these indexes opens
        String fullName = getFullCollectionNamespace(collectionName);
        Opening o = opening();
        return new IndexedH2Collection(this, collectionName, options, o.store().openMap("databases." + fullName),
                o.store().openMap("meta." + fullName), cursorRegistry, o.scans());
    }

    @Override
    public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver,
                                  Oplog oplog) {
        if (!"aggregate".equalsIgnoreCase(command) || !LeadingMatch.offer(query)) {
            return super.handleCommand(channel, command, query, resolver, oplog);
        }
        try {
            return super.handleCommand(channel, command, query, resolver, oplog);
        } finally {
            LeadingMatch.clear();
        }
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                       boolean sparse) {
        return new EqualityIndex(indexName, keys, sparse);
    }
}

package vn.hotline1022.localinfra.store;

import de.bwaldvogel.mongo.bson.Document;

import java.util.List;

/**
 * The {@code $match} an aggregation starts with, handed from the command to the collection that feeds it.
 * mongo-java-server feeds every pipeline the whole collection and filters in the {@code $match} stage, so the
 * driver's {@code countDocuments(filter)} (an aggregation) read every document. Fed the documents an index names
 * for that match instead, the stage filters a superset of its answer to the same answer.
 */
final class LeadingMatch {

    private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

    private record Pending(String collection, Document match) {
    }

    private LeadingMatch() {
    }

    /** Remembers the pipeline's first {@code $match} for its collection, if it starts with one; true if it did. */
    static boolean offer(Document aggregateCommand) {
        if (aggregateCommand.get("aggregate") instanceof String collection
                && aggregateCommand.get("pipeline") instanceof List<?> stages && !stages.isEmpty()
                && stages.get(0) instanceof Document first && first.size() == 1
                && first.get("$match") instanceof Document match) {
            PENDING.set(new Pending(collection, match));
            return true;
        }
        return false;
    }

    /** The match for this collection, once: a later stage reading another collection gets none. */
    static Document take(String collection) {
        Pending pending = PENDING.get();
        if (pending == null || !pending.collection().equals(collection)) {
            return null;
        }
        PENDING.remove();
        return pending.match();
    }

    static void clear() {
        PENDING.remove();
    }
}

package vn.hotline1022.localinfra.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A non-unique index held in memory, for the local store. mongo-java-server keeps unique indexes only: every other
 * {@code createIndex} becomes an index that serves nothing, so a query that is not an exact unique-key lookup scans
 * its collection, and the scans grew with the day's calls until the store gave out (docs/benchmarks.md, the soak:
 * 62 % of its CPU in scans). This one answers an equality on the index's first key (a plain value, or {@code $in} of
 * plain values) and a range of numbers or dates on it ({@code $gt/$gte/$lt/$lte}); the collection then matches the whole query on the documents it names, so the answer is the same
 * as a scan's. It is rebuilt from the documents when the store opens (the collection feeds a new index every
 * document), so nothing of it is on disk and a crash cannot leave it out of step.
 */
final class EqualityIndex extends Index<Object> {

    private final String field;
    /**
     * Value → the position holding it, or a set of positions once a second one arrives: most indexed values (a
     * time, a phone number) belong to one document, and a set per value cost ~200 bytes each, tens of MB in the
     * store's 384 MiB heap at a busy day's data (the soak's store ran out of heap at ~36,000 calls).
     */
    private final ConcurrentSkipListMap<Object, Object> byValue = new ConcurrentSkipListMap<>(IndexKeys.ORDER);

    EqualityIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.field = keys.get(0).getKey();
    }

    @Override
    public Object getPosition(Document document) {
        return null; // not unique: it never names the one position of a document
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // not unique: nothing to refuse
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        for (Object value : FieldValues.at(document, field)) {
            byValue.merge(value, position, EqualityIndex::plus);
        }
    }

    @Override
    public Object remove(Document document) {
        Object position = document.get("_id");
        for (Object value : FieldValues.at(document, field)) {
            byValue.computeIfPresent(value, (v, held) -> minus(held, position));
        }
        return position;
    }

    /** Positions are document ids, never sets, so a held set is always this index's own. */
    private static Object plus(Object held, Object position) {
        if (held instanceof Positions set) {
            set.add(position);
            return set;
        }
        if (held.equals(position)) {
            return held;
        }
        Positions set = new Positions();
        set.add(held);
        set.add(position);
        return set;
    }

    private static Object minus(Object held, Object position) {
        if (!(held instanceof Positions set)) {
            return held.equals(position) ? null : held;
        }
        set.remove(position);
        return set.size() == 1 ? set.first() : set.isEmpty() ? null : set;
    }

    /**
     * Changed in place (the collection serialises its writes); concurrent, so a query walking it meanwhile reads a
     * consistent view. Adding or removing twice, should the map apply a function again, changes nothing.
     */
    private static final class Positions extends java.util.concurrent.ConcurrentSkipListSet<Object> {
        Positions() {
            super(IndexKeys.ORDER);
        }
    }

    private static void addTo(List<Object> positions, Object held) {
        if (held instanceof Positions set) {
            positions.addAll(set);
        } else if (held != null) {
            positions.add(held);
        }
    }

    @Override
    public boolean canHandle(Document query) {
        return FieldValues.equalityValues(query, field) != null || FieldValues.range(query, field) != null;
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        Collection<Object> values = FieldValues.equalityValues(query, field);
        // a copy: an update of the matched documents changes these sets while the caller walks the list
        List<Object> positions = new ArrayList<>();
        if (values != null) {
            for (Object value : values) {
                addTo(positions, byValue.get(value));
            }
        } else {
            FieldValues.Range r = FieldValues.range(query, field);
            byValue.subMap(r.lower(), r.lowerInclusive(), r.upper(), r.upperInclusive()).values()
                    .forEach(held -> addTo(positions, held));
        }
        // a document with an array holds several keys: name it once
        return positions.size() > 1 ? List.copyOf(new java.util.LinkedHashSet<>(positions)) : positions;
    }

    @Override
    public long getCount() {
        return byValue.size();
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // not unique: nothing to refuse
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
                              MongoCollection<Object> collection) {
        remove(oldDocument);
        add(newDocument, position, collection);
    }

    @Override
    public void drop() {
        byValue.clear();
    }
}

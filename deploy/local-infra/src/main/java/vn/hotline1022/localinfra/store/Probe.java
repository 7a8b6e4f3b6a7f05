package vn.hotline1022.localinfra.store;

import de.bwaldvogel.mongo.bson.Document;

import java.util.Collection;

/**
 * A query's top-level clauses as one flat document, the form an index can be asked about. The Java driver writes
 * {@code Filters.and(a, b)} as {@code {$and: [a, b]}}, which no index of mongo-java-server recognises; flattened,
 * {@code {_id: x, status: "OPEN"}} is found by its id. Only a conjunction of field clauses flattens (a key named
 * twice only when both are operator clauses, as a range is; {@code $or}, {@code $nor} and the like do not): the probe only chooses candidates, the original
 * query is still matched on each.
 */
final class Probe {

    private Probe() {
    }

    /** The flat clauses, or null when the query has no field clause to look up. */
    static Document of(Document query) {
        Document flat = new Document();
        return collect(query, flat) && !flat.isEmpty() ? flat : null;
    }

    private static Object mergeOperators(Object a, Object b) {
        if (!(a instanceof Document da) || !(b instanceof Document db) || !operatorsOnly(da) || !operatorsOnly(db)) {
            return null;
        }
        Document merged = new Document(da);
        for (String op : db.keySet()) {
            if (merged.containsKey(op)) {
                return null;
            }
            merged.put(op, db.get(op));
        }
        return merged;
    }

    private static boolean operatorsOnly(Document clause) {
        return !clause.isEmpty() && clause.keySet().stream().allMatch(k -> k.startsWith("$"));
    }

    private static boolean collect(Document clauses, Document into) {
        for (String key : clauses.keySet()) {
            Object value = clauses.get(key);
            if (key.equals("$and") && value instanceof Collection<?> parts) {
                for (Object part : parts) {
                    if (!(part instanceof Document d) || !collect(d, into)) {
                        return false;
                    }
                }
            } else if (key.startsWith("$")) {
                return false;
            } else if (into.containsKey(key)) {
                // {at: {$gte: a}} and {at: {$lt: b}}, as Filters.and writes a range: one clause {at: {$gte: a, $lt: b}}
                Object merged = mergeOperators(into.get(key), value);
                if (merged == null) {
                    return false;
                }
                into.put(key, merged);
            } else {
                into.put(key, value);
            }
        }
        return true;
    }
}

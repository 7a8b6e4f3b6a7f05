package vn.hotline1022.localinfra.store;

import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** The values a document holds at a dotted path, and the equality a query asks of one, in a form Java compares. */
final class FieldValues {

    private FieldValues() {
    }

    /** Every value at the path: arrays on the way and at the end are walked, as MongoDB's equality does. */
    static List<Object> at(Document document, String path) {
        List<Object> out = new ArrayList<>(1);
        collect(document, path.split("\\."), 0, out);
        return out;
    }

    private static void collect(Object node, String[] path, int depth, List<Object> out) {
        if (node instanceof Collection<?> list) {
            for (Object element : list) {
                collect(element, path, depth, out);
            }
            return;
        }
        if (depth == path.length) {
            Object key = key(node);
            if (key != null) {
                out.add(key);
            }
            return;
        }
        if (node instanceof Document d && d.containsKey(path[depth])) {
            collect(d.get(path[depth]), path, depth + 1, out);
        }
    }

    /**
     * The values a query's clause on {@code field} asks for by equality ({@code {f: v}} or {@code {f: {$in: [..]}}}
     * of plain values), or null when the clause is anything else (a range, null, a sub-document, an array).
     */
    static Collection<Object> equalityValues(Document query, String field) {
        Object clause = query.get(field);
        if (clause == null) {
            return null;
        }
        Object plain = key(clause);
        if (plain != null) {
            return List.of(plain);
        }
        if (clause instanceof Document d && d.size() == 1 && d.get("$in") instanceof Collection<?> in) {
            List<Object> values = new ArrayList<>(in.size());
            for (Object v : in) {
                Object k = key(v);
                if (k == null) {
                    return null;
                }
                values.add(k);
            }
            return values;
        }
        return null;
    }

    /** Bounds of a range over one kind; a missing side is the kind's edge. */
    record Range(Object lower, boolean lowerInclusive, Object upper, boolean upperInclusive) {
    }

    /**
     * The range a clause on {@code field} asks for ({@code $gt/$gte/$lt/$lte} of numbers or dates, of one kind), or
     * null when it is anything else.
     */
    static Range range(Document query, String field) {
        if (!(query.get(field) instanceof Document clause) || clause.isEmpty()) {
            return null;
        }
        Object lower = null;
        Object upper = null;
        boolean lowerInclusive = true;
        boolean upperInclusive = true;
        int kind = -1;
        for (String op : clause.keySet()) {
            Object bound = key(clause.get(op));
            int boundKind = bound == null ? -1 : IndexKeys.rangeKind(bound);
            if (boundKind < 0 || (kind >= 0 && boundKind != kind) || bound instanceof Double d && d.isNaN()) {
                return null;
            }
            kind = boundKind;
            switch (op) {
                case "$gt", "$gte" -> {
                    if (lower != null) {
                        return null;
                    }
                    lower = bound;
                    lowerInclusive = op.equals("$gte");
                }
                case "$lt", "$lte" -> {
                    if (upper != null) {
                        return null;
                    }
                    upper = bound;
                    upperInclusive = op.equals("$lte");
                }
                default -> {
                    return null;
                }
            }
        }
        if (lower != null && upper != null && IndexKeys.ORDER.compare(lower, upper) > 0) {
            return null; // an empty range: let the library answer it
        }
        return new Range(lower == null ? IndexKeys.lowest(kind) : lower, lowerInclusive,
                upper == null ? IndexKeys.highest(kind) : upper, upperInclusive);
    }

    /**
     * A value as the index keeps it, or null for values it does not index. Numbers compare by value in MongoDB
     * (1 == 1L == 1.0), so integral numbers become longs.
     */
    static Object key(Object value) {
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (value instanceof Double || value instanceof Float) {
                return d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.0e15 ? (Object) (long) d : d;
            }
            return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                    ? (Object) n.longValue() : null;
        }
        if (value instanceof String || value instanceof Boolean || value instanceof UUID || value instanceof Date
                || value instanceof java.time.Instant || value instanceof de.bwaldvogel.mongo.bson.ObjectId) {
            return value;
        }
        return null;
    }
}

package vn.hotline1022.localinfra.store;

import java.util.Comparator;
import java.util.Date;

/**
 * One order over the values an index keeps: first by kind (numbers, dates, then the kinds only compared for
 * equality), then by value. Numbers compare by value whatever their Java type and dates by their instant, as MongoDB
 * does; a range asks for one kind only (MongoDB's type bracketing: {@code {$gte: date}} never matches a number), so
 * {@link #lowest} and {@link #highest} bound a kind.
 */
final class IndexKeys {

    static final int NUMBER = 0;
    static final int DATE = 1;
    private static final int OTHER = 2;

    /** Below or above every value of a kind. */
    record Edge(int kind, boolean high) {
    }

    static final Comparator<Object> ORDER = IndexKeys::compare;

    private IndexKeys() {
    }

    static Edge lowest(int kind) {
        return new Edge(kind, false);
    }

    static Edge highest(int kind) {
        return new Edge(kind, true);
    }

    /** The kind a range may be asked over, or -1 for values only compared for equality. */
    static int rangeKind(Object key) {
        return key instanceof Number ? NUMBER : key instanceof Date || key instanceof java.time.Instant ? DATE : -1;
    }

    private static int kind(Object key) {
        if (key instanceof Edge e) {
            return e.kind();
        }
        int kind = rangeKind(key);
        return kind >= 0 ? kind : OTHER;
    }

    private static int compare(Object a, Object b) {
        int byKind = Integer.compare(kind(a), kind(b));
        if (byKind != 0) {
            return byKind;
        }
        if (a instanceof Edge ea) {
            return b instanceof Edge eb ? Boolean.compare(ea.high(), eb.high()) : ea.high() ? 1 : -1;
        }
        if (b instanceof Edge eb) {
            return eb.high() ? -1 : 1;
        }
        return switch (kind(a)) {
            case NUMBER -> a instanceof Long x && b instanceof Long y ? Long.compare(x, y)
                    : Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
            case DATE -> Long.compare(millis(a), millis(b));
            default -> compareOther(a, b);
        };
    }

    private static long millis(Object date) {
        return date instanceof Date d ? d.getTime() : ((java.time.Instant) date).toEpochMilli();
    }

    /** Strings, booleans, ids: a consistent order for equality lookups; no range is ever asked over them. */
    private static int compareOther(Object a, Object b) {
        int byType = a.getClass().getName().compareTo(b.getClass().getName());
        if (byType != 0) {
            return byType;
        }
        if (a instanceof Comparable<?> ca) {
            @SuppressWarnings("unchecked")
            int c = ((Comparable<Object>) ca).compareTo(b);
            return c;
        }
        return a.toString().compareTo(b.toString());
    }
}

package vn.hotline1022.reporting.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Counts per key, sorted by key for stable output. Missing keys are counted as "UNKNOWN". */
public final class Tally {

    private final Map<String, Long> counts = new TreeMap<>();

    public void add(String key) {
        add(key, 1);
    }

    public void add(String key, long n) {
        counts.merge(key == null || key.isBlank() ? "UNKNOWN" : key, n, Long::sum);
    }

    public long get(String key) {
        return counts.getOrDefault(key, 0L);
    }

    public Map<String, Long> asMap() {
        return new TreeMap<>(counts);
    }

    /** The {@code limit} largest counts, largest first (ties by key). */
    public Map<String, Long> top(int limit) {
        List<Map.Entry<String, Long>> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).toList();
        return sorted.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                LinkedHashMap::new));
    }
}

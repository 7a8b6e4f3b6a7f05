package vn.hotline1022.knowledge.search.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** From {@link Model1}'s dense table to the sparse model the reranker reads. */
final class TranslationPruning {

    private static final int NULL = CoOccurrences.NULL;

    private TranslationPruning() {
    }

    /** Keeps per answer word its strongest translations above the floor, then lays them out per question word. */
    static TranslationModel prune(CoOccurrences table, float[] t, DocTerms docs, Model1.Options options, Blend blend) {
        Map<Integer, List<Integer>> byTarget = new HashMap<>();
        List<Integer> slots = new ArrayList<>();
        for (int row = 0; row < table.sourceOfRow.length; row++) {
            if (table.sourceOfRow[row] == NULL) {
                continue;
            }
            slots.clear();
            for (int s = table.rowStart[row]; s < table.rowStart[row + 1]; s++) {
                if (t[s] >= options.minProbability()) {
                    slots.add(s);
                }
            }
            slots.sort((a, b) -> Float.compare(t[b], t[a]));
            for (int s : slots.subList(0, Math.min(options.maxPerSource(), slots.size()))) {
                byTarget.computeIfAbsent(table.targets[s], k -> new ArrayList<>()).add(s);
            }
        }
        int[] sourceOfSlot = new int[table.size()];
        for (int row = 0; row < table.sourceOfRow.length; row++) {
            for (int s = table.rowStart[row]; s < table.rowStart[row + 1]; s++) {
                sourceOfSlot[s] = table.sourceOfRow[row];
            }
        }
        Map<Integer, Integer> sourceIndex = new HashMap<>();
        List<String> sourceWords = new ArrayList<>();
        String[] targets = new String[byTarget.size()];
        int[] start = new int[targets.length + 1];
        int total = byTarget.values().stream().mapToInt(c -> Math.min(c.size(), options.maxPerTarget())).sum();
        int[] sources = new int[total];
        float[] probabilities = new float[total];
        List<Integer> targetOrder = new ArrayList<>(byTarget.keySet());
        targetOrder.sort((a, b) -> docs.terms().word(a).compareTo(docs.terms().word(b)));
        int n = 0;
        for (int i = 0; i < targetOrder.size(); i++) {
            int target = targetOrder.get(i);
            targets[i] = docs.terms().word(target);
            List<Integer> column = byTarget.get(target);
            if (column.size() > options.maxPerTarget()) {
                // a caller's common word ("co", "khong") is translated by thousands of answer words: every query
                // holding it would walk them all on every candidate
                column.sort((a, b) -> Float.compare(t[b], t[a]));
                column = column.subList(0, options.maxPerTarget());
            }
            for (int s : column) {
                sources[n] = sourceIndex.computeIfAbsent(sourceOfSlot[s], k -> {
                    sourceWords.add(docs.terms().word(k));
                    return sourceWords.size() - 1;
                });
                probabilities[n++] = t[s];
            }
            start[i + 1] = n;
        }
        return new TranslationModel(sourceWords.toArray(String[]::new), targets, start, sources, probabilities, blend);
    }
}

package vn.hotline1022.knowledge.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of interchangeable phrases ("vắc xin", "vaccine", "vacxin"), applied at query time so that an edit
 * needs no re-index. Phrases are matched on folded syllables.
 */
public final class Synonyms {

    public static final Synonyms NONE = new Synonyms(List.of());

    private final List<List<List<String>>> groups = new ArrayList<>();
    private final Map<String, List<Integer>> byFirstSyllable = new HashMap<>();

    public Synonyms(List<List<String>> phraseGroups) {
        for (List<String> group : phraseGroups) {
            List<List<String>> folded = group.stream().map(Synonyms::syllables).filter(p -> !p.isEmpty()).toList();
            if (folded.size() < 2) {
                continue;
            }
            int index = groups.size();
            groups.add(folded);
            folded.forEach(p -> byFirstSyllable.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(index));
        }
    }

    static List<String> syllables(String phrase) {
        return List.of(VietnameseText.fold(phrase).split("[^\\p{L}\\p{N}]+")).stream().filter(s -> !s.isEmpty()).toList();
    }

    /** For each phrase of a group found in the folded query, the other phrases of that group. */
    public List<List<String>> alternativesFor(List<String> query) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < query.size(); i++) {
            for (int g : byFirstSyllable.getOrDefault(query.get(i), List.of())) {
                List<List<String>> group = groups.get(g);
                for (List<String> phrase : group) {
                    if (matchesAt(query, i, phrase)) {
                        group.stream().filter(p -> !p.equals(phrase) && !out.contains(p)).forEach(out::add);
                    }
                }
            }
        }
        return out;
    }

    private static boolean matchesAt(List<String> query, int start, List<String> phrase) {
        if (start + phrase.size() > query.size()) {
            return false;
        }
        return query.subList(start, start + phrase.size()).equals(phrase);
    }

    public int size() {
        return groups.size();
    }
}

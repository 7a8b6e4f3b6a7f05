package vn.hotline1022.routing.escalation.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How alike two questions are, 0..1: Jaccard overlap of their syllables and syllable bigrams after folding
 * diacritics (callers and operators type "di chuyen" as often as "di chuyển"). Bigrams keep word order in play,
 * so "hỗ trợ thất nghiệp" and "thất nghiệp hỗ trợ" are close but not identical.
 */
public final class QuestionSimilarity {

    private QuestionSimilarity() {
    }

    public static double similarity(String a, String b) {
        Set<String> fa = features(a);
        Set<String> fb = features(b);
        if (fa.isEmpty() || fb.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(fa);
        common.retainAll(fb);
        Set<String> all = new HashSet<>(fa);
        all.addAll(fb);
        return (double) common.size() / all.size();
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(java.util.Locale.ROOT);
    }

    static Set<String> features(String text) {
        List<String> syllables = Arrays.stream(fold(text).split("[^a-z0-9]+")).filter(s -> !s.isEmpty()).toList();
        Set<String> features = new HashSet<>(syllables);
        for (int i = 0; i + 1 < syllables.size(); i++) {
            features.add(syllables.get(i) + " " + syllables.get(i + 1));
        }
        return features;
    }
}

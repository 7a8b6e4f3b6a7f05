package vn.hotline1022.reporting.digest.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Question text reduced to what tells two questions apart: no case, no Vietnamese diacritics (operators type
 * with and without them), no punctuation, and no filler words that every question has.
 */
public final class QuestionText {

    private static final Set<String> FILLER = Set.of("thi", "la", "co", "khong", "a", "o", "va", "cua", "cho",
            "duoc", "nhu", "the", "nao", "gi", "can", "toi", "em", "anh", "chi", "xin", "hoi", "vay", "nhe", "ko",
            "k", "de", "voi", "di", "den", "tu", "nguoi", "bao", "nhieu", "ra", "sao", "hay", "ve");

    private QuestionText() {
    }

    public static String normalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        String stripped = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** Meaningful words; falls back to every word for a question made only of filler. */
    public static Set<String> tokens(String text) {
        String normalized = normalize(text);
        if (normalized.isEmpty()) {
            return Set.of();
        }
        Set<String> all = new LinkedHashSet<>(Arrays.asList(normalized.split(" ")));
        Set<String> meaningful = all.stream().filter(w -> !FILLER.contains(w))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return meaningful.isEmpty() ? all : meaningful;
    }

    /**
     * Overlap of two word sets in [0, 1] (Jaccard index). Place names are shared by many different questions, so
     * only a high overlap means "the same question asked again".
     */
    public static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return common / (double) (a.size() + b.size() - common);
    }
}

package vn.hotline1022.knowledge.search.learn;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.hotline1022.knowledge.search.VietnameseAnalyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The words the learner and the re-ranker see: folded syllables and folded syllable bigrams ("vac", "xin",
 * "vac_xin"), split exactly as the index splits them, so a question typed without accents meets the same words.
 */
public final class TermSpace {

    private static final Analyzer FOLDED = new VietnameseAnalyzer(VietnameseAnalyzer.Mode.FOLDED);
    /** Longer texts add little to a word model and cost time on every candidate. */
    static final int MAX_SYLLABLES = 600;

    private TermSpace() {
    }

    public static List<String> terms(String text) {
        List<String> syllables = syllables(text);
        List<String> out = new ArrayList<>(syllables.size() * 2);
        out.addAll(syllables);
        for (int i = 1; i < syllables.size(); i++) {
            out.add(syllables.get(i - 1) + "_" + syllables.get(i));
        }
        return out;
    }

    static List<String> syllables(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream stream = FOLDED.tokenStream("t", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && out.size() < MAX_SYLLABLES) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

package vn.hotline1022.knowledge.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

import java.util.List;
import java.util.Map;

/** Field names of the index: each text is indexed folded ({@code _f}), as folded bigrams ({@code _b}) and accented ({@code _a}). */
final class Fields {

    static final String ID = "id";
    static final String EXTERNAL_ID = "externalId";
    static final String QUESTION = "question";
    static final String ANSWER = "answer";
    static final String TOPIC = "topic";
    static final String SCOPE = "scope";
    /** The same scope, stored, so the ranker can raise entries of the call's district. */
    static final String SCOPE_STORED = "scope_stored";
    static final String PROVINCE_WIDE = "ALL";
    static final String VALID_FROM = "validFrom";
    static final String VALID_UNTIL = "validUntil";
    static final String SUPERSEDED_BY = "supersededBy";
    static final String USAGE = "usage";
    static final String INDEXED_TEXT = "indexedText";
    /** The answer's folded syllables and their offsets, and the entry's distinct folded syllables (see FoldedTokens). */
    static final String ANSWER_SYLLABLES = "answer_syl";
    static final String ANSWER_OFFSETS = "answer_off";
    static final String VOCABULARY = "vocab";

    static final String TITLE = "title";
    static final String PHRASINGS = "phr";
    static final String TAGS = "tags";
    static final String BODY = "ans";
    static final List<String> TEXT = List.of(TITLE, PHRASINGS, TAGS, BODY);

    static final String FOLDED = "_f";
    static final String BIGRAMS = "_b";
    static final String ACCENTED = "_a";

    private Fields() {
    }

    static Analyzer analyzer() {
        Analyzer folded = new VietnameseAnalyzer(VietnameseAnalyzer.Mode.FOLDED);
        Analyzer bigrams = new VietnameseAnalyzer(VietnameseAnalyzer.Mode.FOLDED_BIGRAMS);
        Analyzer accented = new VietnameseAnalyzer(VietnameseAnalyzer.Mode.ACCENTED);
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        for (String field : TEXT) {
            perField.put(field + FOLDED, folded);
            perField.put(field + BIGRAMS, bigrams);
            perField.put(field + ACCENTED, accented);
        }
        return new PerFieldAnalyzerWrapper(folded, perField);
    }

    static float weight(String field, RankingWeights w) {
        return switch (field) {
            case TITLE -> w.title();
            case PHRASINGS -> w.phrasings();
            case TAGS -> w.tags();
            default -> w.answer();
        };
    }
}

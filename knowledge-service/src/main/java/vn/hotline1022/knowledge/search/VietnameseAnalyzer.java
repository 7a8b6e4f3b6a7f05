package vn.hotline1022.knowledge.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Syllable analysis: Unicode words, NFKC + case folding (ICU: input from different keyboards arrives
 * composed or decomposed), then optionally accent folding and syllable bigrams ("vắc xin" → "vac_xin").
 */
public final class VietnameseAnalyzer extends Analyzer {

    public enum Mode { ACCENTED, FOLDED, FOLDED_BIGRAMS }

    private final Mode mode;

    public VietnameseAnalyzer(Mode mode) {
        this.mode = mode;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new ICUNormalizer2Filter(tokenizer);
        if (mode != Mode.ACCENTED) {
            stream = new FoldingFilter(stream);
        }
        if (mode == Mode.FOLDED_BIGRAMS) {
            ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
            shingles.setOutputUnigrams(false);
            shingles.setTokenSeparator("_");
            shingles.setFillerToken("");
            stream = shingles;
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** Keeps phrase matches from spanning two alternative phrasings of one entry. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }
}

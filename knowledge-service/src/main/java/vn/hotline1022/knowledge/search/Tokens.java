package vn.hotline1022.knowledge.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Runs an analyzer over a text, so queries and snippets split syllables exactly as the index does. */
final class Tokens {

    record Token(String text, int start, int end) {
    }

    private static final Analyzer ACCENTED = new VietnameseAnalyzer(VietnameseAnalyzer.Mode.ACCENTED);
    private static final Analyzer FOLDED = new VietnameseAnalyzer(VietnameseAnalyzer.Mode.FOLDED);

    private Tokens() {
    }

    static List<String> accented(String text) {
        return analyze(ACCENTED, text).stream().map(Token::text).toList();
    }

    static List<Token> folded(String text) {
        return analyze(FOLDED, text);
    }

    private static List<Token> analyze(Analyzer analyzer, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

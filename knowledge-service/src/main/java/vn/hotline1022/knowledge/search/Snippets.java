package vn.hotline1022.knowledge.search;

import java.util.List;
import java.util.Set;

/** Picks the part of an answer with the most query syllables and marks them; output is HTML-escaped. */
final class Snippets {

    static final int WINDOW_TOKENS = 40;

    private Snippets() {
    }

    static String highlight(String answer, Set<String> terms) {
        return answer == null ? "" : highlight(answer, Tokens.folded(answer), terms);
    }

    /** {@code tokens} are the answer's folded tokens, as {@link Tokens#folded} gives them. */
    static String highlight(String answer, List<Tokens.Token> tokens, Set<String> terms) {
        if (answer == null || answer.isEmpty()) {
            return "";
        }
        if (tokens.isEmpty()) {
            return escape(answer);
        }
        int bestStart = 0;
        int bestCount = -1;
        int count = 0;
        for (int i = 0; i < tokens.size(); i++) {
            count += terms.contains(tokens.get(i).text()) ? 1 : 0;
            if (i >= WINDOW_TOKENS) {
                count -= terms.contains(tokens.get(i - WINDOW_TOKENS).text()) ? 1 : 0;
            }
            if (count > bestCount) {
                bestCount = count;
                bestStart = Math.max(0, i - WINDOW_TOKENS + 1);
            }
        }
        int last = Math.min(tokens.size(), bestStart + WINDOW_TOKENS) - 1;
        StringBuilder out = new StringBuilder(bestStart > 0 ? "… " : "");
        int cursor = tokens.get(bestStart).start();
        for (int i = bestStart; i <= last; i++) {
            Tokens.Token token = tokens.get(i);
            out.append(escape(answer.substring(cursor, token.start())));
            String word = escape(answer.substring(token.start(), token.end()));
            out.append(terms.contains(token.text()) ? "<mark>" + word + "</mark>" : word);
            cursor = token.end();
        }
        boolean cut = last < tokens.size() - 1;
        out.append(escape(cut ? "" : answer.substring(cursor)));
        return cut ? out + " …" : out.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Share of the query's distinct syllables that occur in the entry: a weak hit covers less than half. */
    static double coverage(List<String> querySyllables, Set<String> present) {
        Set<String> wanted = new java.util.HashSet<>(querySyllables);
        wanted.removeAll(Stopwords.FOLDED);
        if (wanted.isEmpty()) {
            return 1.0;
        }
        return wanted.stream().filter(present::contains).count() / (double) wanted.size();
    }
}

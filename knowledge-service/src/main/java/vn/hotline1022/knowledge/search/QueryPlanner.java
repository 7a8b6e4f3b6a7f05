package vn.hotline1022.knowledge.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the ranked query: folded syllables in every field (title > phrasings > tags > answer), folded
 * syllable bigrams, exact-accent syllables when the operator typed accents, synonym alternatives, and
 * repairs for syllables the index has never seen (Telex leftovers, run-together words, then fuzzy).
 */
final class QueryPlanner {

    static final int MAX_SYLLABLES = 64;
    /**
     * Synonym alternatives serve an operator's few typed words ("chích ngừa" → "tiêm"); in a caller's long question the
     * other words already carry the meaning and the alternatives only add noise (on the desk's usage log, 3,483
     * questions of 40+ syllables: recall@5 0.428 with them, 0.437 without; the operator set 0.982 with, 0.975 without).
     */
    static final int SYNONYM_MAX_SYLLABLES = Integer.getInteger("hotline.search.synonym-max-syllables", 16);
    static final double COMMON_FRACTION = Double.parseDouble(System.getProperty("hotline.search.common-fraction", "0.4"));

    private final IndexReader reader;
    private final Synonyms synonyms;
    private final RankingWeights w;

    QueryPlanner(IndexReader reader, Synonyms synonyms, RankingWeights weights) {
        this.reader = reader;
        this.synonyms = synonyms;
        this.w = weights;
    }

    QueryPlan plan(String text) {
        List<String> accented = Tokens.accented(text);
        if (accented.size() > MAX_SYLLABLES) {
            accented = accented.subList(0, MAX_SYLLABLES);
        }
        List<String> syllables = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (String token : accented) {
            repair(VietnameseText.fold(token), syllables, unknown);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Set<String> highlight = new HashSet<>(syllables);
        for (String syllable : new LinkedHashSet<>(syllables)) {
            addPerField(query, Fields.FOLDED, syllable, 1f, true);
        }
        for (String bigram : bigrams(syllables)) {
            addPerField(query, Fields.BIGRAMS, bigram, w.bigram(), false);
        }
        for (String token : new LinkedHashSet<>(accented)) {
            if (!token.equals(VietnameseText.fold(token))) {
                addPerField(query, Fields.ACCENTED, token, w.accent(), false);
            }
        }
        List<List<String>> alternatives = syllables.size() <= SYNONYM_MAX_SYLLABLES
                ? synonyms.alternativesFor(syllables) : List.of();
        for (List<String> alternative : alternatives) {
            highlight.addAll(alternative);
            for (String field : List.of(Fields.TITLE, Fields.PHRASINGS, Fields.TAGS, Fields.BODY)) {
                query.add(boost(phrase(field, alternative), Fields.weight(field, w) * w.synonym()), Occur.SHOULD);
            }
        }
        for (String token : unknown) {
            if (token.length() >= 4) {
                int edits = token.length() >= 7 ? 2 : 1;
                for (String field : List.of(Fields.TITLE, Fields.PHRASINGS, Fields.BODY)) {
                    Query fuzzy = new FuzzyQuery(new Term(field + Fields.FOLDED, token), edits, 1, 20, true);
                    query.add(boost(fuzzy, Fields.weight(field, w) * w.fuzzy()), Occur.SHOULD);
                }
            }
        }
        BooleanQuery built = query.build();
        return new QueryPlan(built.clauses().isEmpty() ? new MatchNoDocsQuery() : built, syllables, highlight);
    }

    /** Keeps a known syllable; otherwise tries Telex repair, then a split into two known syllables. */
    private void repair(String token, List<String> out, Set<String> unknown) {
        if (known(token) || token.chars().allMatch(Character::isDigit)) {
            out.add(token);
            return;
        }
        String untelexed = VietnameseText.untelex(token);
        if (known(untelexed)) {
            out.add(untelexed);
            return;
        }
        List<String> split = split(untelexed);
        if (split.isEmpty()) {
            split = split(token);
        }
        if (!split.isEmpty()) {
            out.addAll(split);
            return;
        }
        out.add(token);
        unknown.add(untelexed);
    }

    /** "vacxin" → "vac", "xin" when both syllables and their bigram exist in the index. */
    private List<String> split(String token) {
        int best = 0;
        List<String> split = List.of();
        for (int i = 1; i < token.length() - 1; i++) {
            String left = token.substring(0, i);
            String right = token.substring(i);
            int freq = docFreq(Fields.BODY + Fields.BIGRAMS, left + "_" + right)
                    + docFreq(Fields.TITLE + Fields.BIGRAMS, left + "_" + right);
            if (freq > best) {
                best = freq;
                split = List.of(left, right);
            }
        }
        return split;
    }

    private boolean known(String folded) {
        for (String field : Fields.TEXT) {
            if (docFreq(field + Fields.FOLDED, folded) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A syllable found in most entries ("người", "được", "có") barely changes the ranking (idf near zero) but
     * costs the most to score; it still counts inside the bigrams it is part of.
     */
    private boolean isCommon(String field, String term) {
        return reader.maxDoc() > 1000 && docFreq(field, term) > reader.maxDoc() * COMMON_FRACTION;
    }

    private int docFreq(String field, String term) {
        try {
            return reader.docFreq(new Term(field, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addPerField(BooleanQuery.Builder query, String suffix, String term, float factor, boolean withTags) {
        for (String field : Fields.TEXT) {
            if (Fields.TAGS.equals(field) && !withTags) {
                continue;
            }
            if (isCommon(field + suffix, term)) {
                continue;
            }
            query.add(boost(new TermQuery(new Term(field + suffix, term)), Fields.weight(field, w) * factor), Occur.SHOULD);
        }
    }

    private static Query phrase(String field, List<String> syllables) {
        if (syllables.size() == 1) {
            return new TermQuery(new Term(field + Fields.FOLDED, syllables.get(0)));
        }
        if (syllables.size() == 2) {
            return new TermQuery(new Term(field + Fields.BIGRAMS, syllables.get(0) + "_" + syllables.get(1)));
        }
        // consecutive bigrams all present ≈ the phrase, without reading positions (the costliest clause at 100k entries)
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String bigram : bigrams(syllables)) {
            all.add(new TermQuery(new Term(field + Fields.BIGRAMS, bigram)), Occur.MUST);
        }
        return all.build();
    }

    private static Query boost(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }

    static Set<String> bigrams(List<String> syllables) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 1 < syllables.size(); i++) {
            out.add(syllables.get(i) + "_" + syllables.get(i + 1));
        }
        return out;
    }
}

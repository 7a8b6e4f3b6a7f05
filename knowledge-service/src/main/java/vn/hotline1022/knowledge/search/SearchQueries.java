package vn.hotline1022.knowledge.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.List;

/** The Lucene queries beside the planned text query: the topic and locality filters, the suggestion query. */
final class SearchQueries {

    private SearchQueries() {
    }

    static Query filtered(Query query, SearchRequest request) {
        if (request.topic() == null && request.locality() == null) {
            return query;
        }
        // SHOULD beside the filters (not MUST): Lucene then skips whole blocks of filtered entries whose best
        // possible text score cannot enter the top hits; MUST walked every entry of the topic (4× the CPU).
        // Entries matching only the filters score 0 and are dropped after the search.
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, Occur.SHOULD);
        if (request.topic() != null) {
            builder.add(new TermQuery(new Term(Fields.TOPIC, request.topic())), Occur.FILTER);
        }
        if (request.locality() != null) {
            builder.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.SCOPE, Fields.PROVINCE_WIDE)), Occur.SHOULD)
                    .add(new TermQuery(new Term(Fields.SCOPE, request.locality())), Occur.SHOULD)
                    .build(), Occur.FILTER);
        }
        return builder.build();
    }

    /** Every typed syllable in a title or phrasing (accents folded); the last one as a prefix while being typed. */
    static Query suggestion(String prefix, List<Tokens.Token> tokens) {
        boolean lastIsPartial = !Character.isWhitespace(prefix.charAt(prefix.length() - 1));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < tokens.size(); i++) {
            String syllable = tokens.get(i).text();
            boolean partial = lastIsPartial && i == tokens.size() - 1;
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            for (String field : List.of(Fields.TITLE, Fields.PHRASINGS)) {
                Term term = new Term(field + Fields.FOLDED, syllable);
                either.add(partial ? new PrefixQuery(term) : new TermQuery(term), Occur.SHOULD);
            }
            query.add(either.build(), Occur.MUST);
        }
        return query.build();
    }
}

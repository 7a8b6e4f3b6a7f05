package vn.hotline1022.knowledge.search;

import org.apache.lucene.search.Query;

import java.util.List;
import java.util.Set;

/** The Lucene query for an operator's text and the folded syllables it ended up looking for (for snippets). */
record QueryPlan(Query query, List<String> syllables, Set<String> highlightTerms) {
}

package vn.hotline1022.knowledge.search;

import java.util.List;

/**
 * Ranked hits; {@code confident} is false when nothing covers at least half of the query's words, which is
 * what the service records as a search with no good hit.
 */
public record SearchResult(List<SearchHit> hits, boolean confident) {
}

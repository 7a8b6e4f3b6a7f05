package vn.hotline1022.knowledge.search;

/** An as-you-type completion: an entry's title question. */
public record Suggestion(String id, String question) {
}

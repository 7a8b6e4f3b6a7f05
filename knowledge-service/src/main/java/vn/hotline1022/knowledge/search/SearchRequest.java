package vn.hotline1022.knowledge.search;

/** An operator's query; topic and locality are optional filters (null = any). */
public record SearchRequest(String text, String topic, String locality, int limit) {

    public SearchRequest {
        limit = Math.max(1, Math.min(limit, 50));
    }

    public static SearchRequest of(String text, int limit) {
        return new SearchRequest(text, null, null, limit);
    }
}

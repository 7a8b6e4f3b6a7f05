package vn.hotline1022.knowledge.search;

/**
 * An operator's query. {@code topic} and {@code locality} are filters (null = any); {@code boostTopic} and
 * {@code boostLocality} only raise matching entries, never hide others: during a call the call's topic and district
 * are boosts, because callers often ask a second question about something else.
 */
public record SearchRequest(String text, String topic, String locality, int limit, String boostTopic,
                            String boostLocality) {

    public SearchRequest {
        limit = Math.max(1, Math.min(limit, 50));
    }

    public SearchRequest(String text, String topic, String locality, int limit) {
        this(text, topic, locality, limit, null, null);
    }

    public static SearchRequest of(String text, int limit) {
        return new SearchRequest(text, null, null, limit);
    }

    boolean boosted() {
        return boostTopic != null || boostLocality != null;
    }
}

package vn.hotline1022.knowledge.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A knowledge entry as stored: its content, the wordings learned from calls, the workflow status (a String, since a
 * deleted entry keeps a status the workflow does not know) and the bookkeeping of every change.
 */
public record Entry(String id, EntryContent content, List<LearnedPhrasing> learnedPhrasings, String status,
                    long version, long usageCount, String escalationId, Instant createdAt, String createdBy,
                    Instant updatedAt, String updatedBy, Instant publishedAt, List<EntryHistoryLine> history) {

    public static final String DELETED = "DELETED";

    public Entry {
        learnedPhrasings = learnedPhrasings == null ? List.of() : List.copyOf(learnedPhrasings);
        history = history == null ? List.of() : List.copyOf(history);
    }

    public String externalId() {
        return content.externalId();
    }

    /** Approved and published entries are what operators may read and what the search index holds. */
    public boolean operatorVisible() {
        return "APPROVED".equals(status) || "PUBLISHED".equals(status);
    }

    public boolean deleted() {
        return DELETED.equals(status);
    }

    /** The words of one learned phrasing, if the entry has one with that id. */
    public Optional<String> learnedText(String phrasingId) {
        return learnedPhrasings.stream().filter(p -> phrasingId.equals(p.id())).map(LearnedPhrasing::text).findFirst();
    }
}

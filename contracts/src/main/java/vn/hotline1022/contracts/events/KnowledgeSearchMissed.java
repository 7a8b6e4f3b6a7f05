package vn.hotline1022.contracts.events;

import java.time.Instant;

/** An operator's search found no good answer, so supervisors see what the knowledge base lacks. */
public record KnowledgeSearchMissed(String query, String topic, String locality, Instant searchedAt) {
}

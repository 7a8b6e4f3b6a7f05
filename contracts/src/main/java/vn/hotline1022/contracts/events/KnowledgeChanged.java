package vn.hotline1022.contracts.events;

/** A knowledge entry was created, edited or changed status; replicas re-index it from MongoDB. */
public record KnowledgeChanged(String entryId, long version, String status) {
}

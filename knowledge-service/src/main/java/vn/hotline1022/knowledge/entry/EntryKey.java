package vn.hotline1022.knowledge.entry;

/** How an entry is found again: its id, and the code it keeps across imports (null when it has none). */
public record EntryKey(String id, String externalId) {
}

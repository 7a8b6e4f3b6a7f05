package vn.hotline1022.knowledge.entry;

/** Told after every entry write, so this replica's search index is current before the event comes back. */
public interface EntryChanges {

    void reindex(String entryId);

    void used();
}

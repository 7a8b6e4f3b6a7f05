package vn.hotline1022.knowledge.domain;

/** What a supervisor can do to an entry's status. */
public enum EntryAction {
    APPROVE, PUBLISH, ARCHIVE
}

package vn.hotline1022.knowledge.entry;

import vn.hotline1022.knowledge.domain.Entry;

/**
 * The usage log the search learns from (the usage package owns it). Told after an entry was used on a call and
 * after a supervisor rejected a learned phrasing, so that rejected wording stops training the model too.
 */
public interface EntryUsages {

    /** {@code entry} as it is after the use was counted; {@code question} may be blank (nothing to learn from). */
    void used(Entry entry, String callId, String question, String operator);

    /** Every use of {@code entry} asked with these words (accent-insensitive) becomes a negative. */
    void rejected(Entry entry, String question, String by);
}

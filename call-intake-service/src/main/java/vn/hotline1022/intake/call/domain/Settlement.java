package vn.hotline1022.intake.call.domain;

import vn.hotline1022.intake.domain.InvalidValueException;

/** How the open question ended when the caller goes on to ask another: an outcome and, for KB answers, the entry. */
public record Settlement(Outcome outcome, String kbEntryId) {

    public Settlement {
        kbEntryId = kbEntryId == null || kbEntryId.isBlank() ? null : kbEntryId.trim();
        if (outcome == Outcome.ANSWERED_FROM_KB && kbEntryId == null) {
            throw new InvalidValueException("current.kbEntryId", "intake.call.kb-entry.required");
        }
        if (outcome != Outcome.ANSWERED_FROM_KB && kbEntryId != null) {
            throw new InvalidValueException("current.kbEntryId", "intake.call.kb-entry.only-from-kb");
        }
    }
}

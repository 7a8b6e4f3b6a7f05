package vn.hotline1022.routing.directory;

import java.util.Optional;

/**
 * Something that still names a unit and would be left dangling if the unit were retired (an open escalation, a
 * rule). Implemented where that data lives, so the directory asks without depending on it.
 */
public interface UnitInUse {

    /** A message code and its arguments saying why {@code unitCode} cannot be retired now; empty when it can. */
    Optional<Reason> whyInUse(String unitCode);

    record Reason(String messageCode, Object... args) {
    }
}

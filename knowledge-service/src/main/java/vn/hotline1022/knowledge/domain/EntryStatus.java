package vn.hotline1022.knowledge.domain;

import java.util.Set;

/** Life cycle of an entry. Operators see only APPROVED and PUBLISHED; the public sees only PUBLISHED. */
public enum EntryStatus {
    DRAFT, APPROVED, PUBLISHED, ARCHIVED;

    public boolean operatorVisible() {
        return this == APPROVED || this == PUBLISHED;
    }

    /** The status an action leads to from this one, or null when the workflow does not allow it. */
    public EntryStatus after(EntryAction action) {
        return switch (action) {
            case APPROVE -> this == DRAFT ? APPROVED : null;
            case PUBLISH -> this == APPROVED ? PUBLISHED : null;
            case ARCHIVE -> Set.of(DRAFT, APPROVED, PUBLISHED).contains(this) ? ARCHIVED : null;
        };
    }

    public static EntryStatus parse(String value) {
        for (EntryStatus status : values()) {
            if (status.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return status;
            }
        }
        return null;
    }
}

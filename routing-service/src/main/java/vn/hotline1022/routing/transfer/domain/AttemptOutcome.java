package vn.hotline1022.routing.transfer.domain;

/** What happened when the operator dialled one candidate number. */
public enum AttemptOutcome {
    CONNECTED,
    BUSY,
    NO_ANSWER,
    /** Someone answered but it is not (or no longer) the unit: a directory error, not a line fault. */
    WRONG_UNIT,
    UNREACHABLE;

    /** Line faults count towards the cool-down; a wrong unit is a data problem a supervisor must fix instead. */
    public boolean isLineFailure() {
        return this == BUSY || this == NO_ANSWER || this == UNREACHABLE;
    }
}

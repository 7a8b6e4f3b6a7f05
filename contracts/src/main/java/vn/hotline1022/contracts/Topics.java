package vn.hotline1022.contracts;

/** Topic names. The version suffix is part of the name: a breaking change is a new topic. */
public final class Topics {
    public static final String VERSION_SUFFIX = ".v1";
    public static final String CALL_RECEIVED = "hotline.call.received.v1";
    public static final String CALL_CLOSED = "hotline.call.closed.v1";
    public static final String QUESTION_UNANSWERED = "hotline.question.unanswered.v1";
    public static final String TRANSFER_ATTEMPTED = "hotline.transfer.attempted.v1";
    public static final String TRANSFER_COMPLETED = "hotline.transfer.completed.v1";
    /** Citizens' calls into the switchboard as they ended (no number): reporting's staffing. */
    public static final String SWITCHBOARD_CALL_ENDED = "hotline.switchboard.call-ended.v1";
    /** Outbound calls of the desk as the switchboard reported them (internal: routing only). */
    public static final String SWITCHBOARD_DIALLED = "hotline.switchboard.dialled.v1";
    public static final String UNIT_UNREACHABLE = "hotline.unit.unreachable.v1";
    /** Compacted: the latest word on each unit of the directory. */
    public static final String UNIT_CHANGED = "hotline.unit.changed.v1";
    public static final String ESCALATIONS_PREFIX = "hotline.escalations.";
    public static final String ESCALATION_ANSWERS = "hotline.escalation-answers.v1";
    public static final String ESCALATION_ANSWERED = "hotline.escalation.answered.v1";
    public static final String ESCALATION_OVERDUE = "hotline.escalation.overdue.v1";
    public static final String KNOWLEDGE_CHANGED = "hotline.knowledge.changed.v1";
    public static final String KNOWLEDGE_SEARCH_MISSED = "hotline.knowledge.search-missed.v1";
    public static final String DIGEST_GENERATED = "hotline.digest.generated.v1";
    /** Suffix of the dead-letter topic that error handlers publish a poison record to. */
    public static final String DLT_SUFFIX = ".DLT";

    private Topics() {
    }

    /** One topic per unit, so a unit's system can be granted read access to its own escalations only. */
    public static String escalationsFor(String unitCode) {
        return ESCALATIONS_PREFIX + unitCode + VERSION_SUFFIX;
    }
}

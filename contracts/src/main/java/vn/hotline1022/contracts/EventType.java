package vn.hotline1022.contracts;

/**
 * Every event of the platform: its logical type name, schema version, topic and JSON Schema file.
 * Within a version only additive changes are allowed; a breaking change gets a new version and topic.
 */
public enum EventType {
    CALL_RECEIVED("hotline.call.received", 1, Topics.CALL_RECEIVED),
    CALL_CLOSED("hotline.call.closed", 1, Topics.CALL_CLOSED),
    QUESTION_UNANSWERED("hotline.question.unanswered", 1, Topics.QUESTION_UNANSWERED),
    TRANSFER_ATTEMPTED("hotline.transfer.attempted", 1, Topics.TRANSFER_ATTEMPTED),
    TRANSFER_COMPLETED("hotline.transfer.completed", 1, Topics.TRANSFER_COMPLETED),
    UNIT_UNREACHABLE("hotline.unit.unreachable", 1, Topics.UNIT_UNREACHABLE),
    UNIT_CHANGED("hotline.unit.changed", 1, Topics.UNIT_CHANGED),
    ESCALATION_RAISED("hotline.escalation.raised", 1, Topics.ESCALATIONS_PREFIX + "<unitCode>" + Topics.VERSION_SUFFIX),
    ESCALATION_ANSWER_SUBMITTED("hotline.escalation-answer.submitted", 1, Topics.ESCALATION_ANSWERS),
    ESCALATION_ANSWERED("hotline.escalation.answered", 1, Topics.ESCALATION_ANSWERED),
    ESCALATION_OVERDUE("hotline.escalation.overdue", 1, Topics.ESCALATION_OVERDUE),
    KNOWLEDGE_CHANGED("hotline.knowledge.changed", 1, Topics.KNOWLEDGE_CHANGED),
    KNOWLEDGE_SEARCH_MISSED("hotline.knowledge.search-missed", 1, Topics.KNOWLEDGE_SEARCH_MISSED),
    DIGEST_GENERATED("hotline.digest.generated", 1, Topics.DIGEST_GENERATED);

    private final String logicalName;
    private final int schemaVersion;
    private final String topic;

    EventType(String logicalName, int schemaVersion, String topic) {
        this.logicalName = logicalName;
        this.schemaVersion = schemaVersion;
        this.topic = topic;
    }

    public String logicalName() { return logicalName; }

    public int schemaVersion() { return schemaVersion; }

    /** The topic; for per-unit escalations a pattern with {@code <unitCode>}, see {@link Topics#escalationsFor}. */
    public String topic() { return topic; }

    /** Classpath location of the JSON Schema of the whole envelope carrying this event. */
    public String schemaResource() { return "/schemas/" + logicalName + ".v" + schemaVersion + ".schema.json"; }
}

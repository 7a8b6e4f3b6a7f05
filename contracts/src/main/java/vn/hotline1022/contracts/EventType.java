package vn.hotline1022.contracts;

import vn.hotline1022.contracts.events.CallClosed;
import vn.hotline1022.contracts.events.CallReceived;
import vn.hotline1022.contracts.events.DigestGenerated;
import vn.hotline1022.contracts.events.EscalationAnswerSubmitted;
import vn.hotline1022.contracts.events.EscalationAnswered;
import vn.hotline1022.contracts.events.EscalationDueSoon;
import vn.hotline1022.contracts.events.EscalationOverdue;
import vn.hotline1022.contracts.events.EscalationRaised;
import vn.hotline1022.contracts.events.KnowledgeChanged;
import vn.hotline1022.contracts.events.KnowledgeSearchMissed;
import vn.hotline1022.contracts.events.QuestionUnanswered;
import vn.hotline1022.contracts.events.SwitchboardCallEnded;
import vn.hotline1022.contracts.events.SwitchboardDialled;
import vn.hotline1022.contracts.events.TransferAttempted;
import vn.hotline1022.contracts.events.TransferCompleted;
import vn.hotline1022.contracts.events.UnitChanged;
import vn.hotline1022.contracts.events.UnitUnreachable;

/**
 * Every event of the platform: its logical type name, schema version, topic, JSON Schema file and the record its
 * payload reads into. Within a version only additive changes are allowed; a breaking change gets a new version and
 * topic.
 */
public enum EventType {
    CALL_RECEIVED("hotline.call.received", 1, Topics.CALL_RECEIVED, CallReceived.class),
    CALL_CLOSED("hotline.call.closed", 1, Topics.CALL_CLOSED, CallClosed.class),
    QUESTION_UNANSWERED("hotline.question.unanswered", 1, Topics.QUESTION_UNANSWERED, QuestionUnanswered.class),
    TRANSFER_ATTEMPTED("hotline.transfer.attempted", 1, Topics.TRANSFER_ATTEMPTED, TransferAttempted.class),
    TRANSFER_COMPLETED("hotline.transfer.completed", 1, Topics.TRANSFER_COMPLETED, TransferCompleted.class),
    SWITCHBOARD_CALL_ENDED("hotline.switchboard.call-ended", 1, Topics.SWITCHBOARD_CALL_ENDED,
            SwitchboardCallEnded.class),
    SWITCHBOARD_DIALLED("hotline.switchboard.dialled", 1, Topics.SWITCHBOARD_DIALLED, SwitchboardDialled.class),
    UNIT_UNREACHABLE("hotline.unit.unreachable", 1, Topics.UNIT_UNREACHABLE, UnitUnreachable.class),
    UNIT_CHANGED("hotline.unit.changed", 1, Topics.UNIT_CHANGED, UnitChanged.class),
    ESCALATION_RAISED("hotline.escalation.raised", 1, Topics.ESCALATIONS_PREFIX + "<unitCode>" + Topics.VERSION_SUFFIX,
            EscalationRaised.class),
    /** On the same per-unit topic as ESCALATION_RAISED: consumers of that topic dispatch on the type. */
    ESCALATION_DUE_SOON("hotline.escalation.due-soon", 1, Topics.ESCALATIONS_PREFIX + "<unitCode>" + Topics.VERSION_SUFFIX,
            EscalationDueSoon.class),
    ESCALATION_ANSWER_SUBMITTED("hotline.escalation-answer.submitted", 1, Topics.ESCALATION_ANSWERS,
            EscalationAnswerSubmitted.class),
    ESCALATION_ANSWERED("hotline.escalation.answered", 1, Topics.ESCALATION_ANSWERED, EscalationAnswered.class),
    ESCALATION_OVERDUE("hotline.escalation.overdue", 1, Topics.ESCALATION_OVERDUE, EscalationOverdue.class),
    KNOWLEDGE_CHANGED("hotline.knowledge.changed", 1, Topics.KNOWLEDGE_CHANGED, KnowledgeChanged.class),
    KNOWLEDGE_SEARCH_MISSED("hotline.knowledge.search-missed", 1, Topics.KNOWLEDGE_SEARCH_MISSED,
            KnowledgeSearchMissed.class),
    DIGEST_GENERATED("hotline.digest.generated", 1, Topics.DIGEST_GENERATED, DigestGenerated.class);

    private final String logicalName;
    private final int schemaVersion;
    private final String topic;
    private final Class<? extends Record> payloadType;

    EventType(String logicalName, int schemaVersion, String topic, Class<? extends Record> payloadType) {
        this.logicalName = logicalName;
        this.schemaVersion = schemaVersion;
        this.topic = topic;
        this.payloadType = payloadType;
    }

    public String logicalName() { return logicalName; }

    public int schemaVersion() { return schemaVersion; }

    /** The topic; for per-unit escalations a pattern with {@code <unitCode>}, see {@link Topics#escalationsFor}. */
    public String topic() { return topic; }

    /** False where {@link #topic()} is a pattern: the topic of each event then depends on its content. */
    public boolean hasFixedTopic() { return !topic.contains("<"); }

    /** The record in {@code events} that the payload of this type reads into ({@link EventReader}). */
    public Class<? extends Record> payloadType() { return payloadType; }

    /** Classpath location of the JSON Schema of the whole envelope carrying this event. */
    public String schemaResource() { return "/schemas/" + logicalName + ".v" + schemaVersion + ".schema.json"; }
}

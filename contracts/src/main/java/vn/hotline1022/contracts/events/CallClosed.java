package vn.hotline1022.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * A call was closed with its outcome; kbEntryId, unitCode and question are null when they do not apply. The call's
 * outcome is derived from its questions (an escalated question makes the call ESCALATED, and so on); additively in
 * v1, {@code questions} lists each question the caller asked with its own outcome, so reports count questions as well
 * as callers. Absent (null) on events of calls logged before questions were kept: such a call asked one question.
 */
public record CallClosed(String callId, String outcome, long handleSeconds, String kbEntryId, String unitCode,
                         String question, String topic, String locality, Instant closedAt, List<Question> questions) {

    public CallClosed(String callId, String outcome, long handleSeconds, String kbEntryId, String unitCode,
                      String question, String topic, String locality, Instant closedAt) {
        this(callId, outcome, handleSeconds, kbEntryId, unitCode, question, topic, locality, closedAt, null);
    }

    /** One question of the call, numbered from 1 in the order asked; text only for answers read from the KB. */
    public record Question(int no, String outcome, String topic, String kbEntryId, String unitCode, String question) {
    }
}

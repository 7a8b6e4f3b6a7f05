package vn.hotline1022.intake.call.domain;

import java.time.Instant;

/**
 * One thing the caller asked, numbered from 1 in the order asked. It is open while the operator works on it and is
 * settled once, with its own outcome: answered from a knowledge entry, escalated, information only, or (the last
 * question only, when the call closes) transferred, dropped or a prank.
 */
public record Question(int no, String text, String topic, Outcome outcome, String kbEntryId, String unitCode,
                       Instant askedAt, Instant settledAt) {

    public boolean open() {
        return outcome == null;
    }

    Question settle(Outcome outcome, String kbEntryId, String unitCode, Instant at) {
        return new Question(no, text, topic, outcome, kbEntryId, unitCode, askedAt, at);
    }
}

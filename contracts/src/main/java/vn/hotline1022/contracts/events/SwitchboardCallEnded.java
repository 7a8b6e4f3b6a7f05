package vn.hotline1022.contracts.events;

import java.time.Instant;

/**
 * A citizen's call into the switchboard as it ended, in the switchboard's own figures: when it rang, whether anyone
 * answered, how long the caller waited (until the answer, or until giving up) and how long they talked. Reporting
 * plans staffing from it (arrivals including the callers who gave up; their patience for Erlang A).
 *
 * @param outcome ANSWERED, MISSED (hung up before anyone answered) or BLOCKED (a number a supervisor blocked)
 */
public record SwitchboardCallEnded(String ctiCallId, String switchboard, Instant ringingAt, Instant answeredAt,
                                   Instant endedAt, String outcome, Long waitSeconds, Long talkSeconds) {
}

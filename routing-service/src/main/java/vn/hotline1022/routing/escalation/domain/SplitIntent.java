package vn.hotline1022.routing.escalation.domain;

import java.time.Instant;
import java.util.List;

/**
 * Step 1 of a split, kept on the source: the calls pulled out and the id of the escalation they go to, chosen up
 * front so that finishing it twice still makes one escalation.
 */
public record SplitIntent(String into, List<String> callIds, List<EscalatedCall> calls, String by, Instant at,
                          boolean applied) {

    public SplitIntent {
        callIds = callIds == null ? List.of() : List.copyOf(callIds);
        calls = calls == null ? List.of() : List.copyOf(calls);
    }
}

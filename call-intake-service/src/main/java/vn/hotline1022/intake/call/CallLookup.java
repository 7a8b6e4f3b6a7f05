package vn.hotline1022.intake.call;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** What other features of intake may read of a call (the callback list needs who called, when and what). */
@Component
public class CallLookup {

    public record CallFacts(String callId, String callerNumber, Instant startedAt, String question, String operator,
                            String topic, String locality) {
    }

    private final CallStore store;

    CallLookup(CallStore store) {
        this.store = store;
    }

    public Optional<CallFacts> find(String callId) {
        return store.find(callId).map(CallStore.Stored::call).map(c -> new CallFacts(c.id(), c.callerNumber(),
                c.startedAt(), c.question(), c.operator(), c.topic(), c.locality()));
    }
}

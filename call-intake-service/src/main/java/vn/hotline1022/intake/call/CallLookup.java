package vn.hotline1022.intake.call;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.hotline1022.intake.call.domain.Call;
import vn.hotline1022.intake.call.domain.Outcome;
import vn.hotline1022.intake.call.domain.Question;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What other features of intake may read of a call (the callback list needs who called, when and what). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CallLookup {

    public record CallFacts(String callId, String callerNumber, Instant startedAt, String question, String operator,
                            String topic, String locality) {
    }

    private final CallStore store;

    public Optional<CallFacts> find(String callId) {
        return find(callId, null);
    }

    /**
     * The call, with the question a unit's answer is for: of the call's escalated questions, the one whose words
     * are closest to the escalation's question (a call may escalate two different questions to two units).
     */
    public Optional<CallFacts> find(String callId, String escalationQuestion) {
        return store.find(callId).map(CallStore.Stored::call).map(c -> {
            Question q = escalated(c, escalationQuestion);
            return new CallFacts(c.id(), c.callerNumber(), c.startedAt(), q.text(), c.operator(), q.topic(),
                    c.locality());
        });
    }

    private static Question escalated(Call c, String escalationQuestion) {
        List<Question> escalated = c.questions().stream().filter(q -> q.outcome() == Outcome.ESCALATED).toList();
        if (escalated.isEmpty()) {
            return c.questions().get(0);
        }
        Set<String> words = words(escalationQuestion);
        return escalated.stream().max(Comparator.comparingLong((Question q) -> words(q.text()).stream()
                .filter(words::contains).count()).thenComparing(q -> -q.no())).orElseThrow();
    }

    private static Set<String> words(String text) {
        if (text == null) {
            return Set.of();
        }
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd');
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }
}

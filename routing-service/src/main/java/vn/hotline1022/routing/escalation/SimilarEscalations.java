package vn.hotline1022.routing.escalation;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.hotline1022.routing.escalation.domain.EscalatedCall;
import vn.hotline1022.routing.escalation.domain.Escalation;
import vn.hotline1022.routing.escalation.domain.QuestionSimilarity;

import java.util.List;

/** The open escalations of a unit, topic and locality whose wording is close enough for a question to join. */
@Component
@RequiredArgsConstructor
class SimilarEscalations {

    private final EscalationStore store;
    private final EscalationProperties properties;

    /** Most similar first. */
    List<Escalation> open(String unit, String topic, String locality, String question) {
        return store.findOpen(unit, topic, locality).stream()
                .map(e -> new Object[] {e, bestSimilarity(e, question)})
                .filter(p -> (double) p[1] >= properties.similarityThreshold())
                .sorted((a, b) -> Double.compare((double) b[1], (double) a[1]))
                .map(p -> (Escalation) p[0]).toList();
    }

    private static double bestSimilarity(Escalation e, String question) {
        double best = QuestionSimilarity.similarity(e.question(), question);
        for (EscalatedCall c : e.calls()) {
            best = Math.max(best, QuestionSimilarity.similarity(c.question(), question));
        }
        return best;
    }
}

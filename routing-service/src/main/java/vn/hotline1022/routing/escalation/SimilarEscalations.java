package vn.hotline1022.routing.escalation;

import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.hotline1022.routing.escalation.domain.QuestionSimilarity;

import java.util.List;

/** The open escalations of a unit, topic and locality whose wording is close enough for a question to join. */
@Component
class SimilarEscalations {

    private final EscalationStore store;
    private final EscalationProperties properties;

    SimilarEscalations(EscalationStore store, EscalationProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    /** Most similar first. */
    List<Document> open(String unit, String topic, String locality, String question) {
        return store.findOpen(unit, topic, locality).stream()
                .map(e -> new Object[] {e, bestSimilarity(e, question)})
                .filter(p -> (double) p[1] >= properties.similarityThreshold())
                .sorted((a, b) -> Double.compare((double) b[1], (double) a[1]))
                .map(p -> (Document) p[0]).toList();
    }

    private static double bestSimilarity(Document e, String question) {
        double best = QuestionSimilarity.similarity(e.getString("question"), question);
        for (Document c : e.getList("calls", Document.class, List.of())) {
            best = Math.max(best, QuestionSimilarity.similarity(c.getString("question"), question));
        }
        return best;
    }
}

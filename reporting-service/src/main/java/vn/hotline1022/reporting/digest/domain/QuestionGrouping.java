package vn.hotline1022.reporting.digest.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Groups near-duplicate questions so a unit reads each question once with the number of callers who asked it.
 * Greedy single pass in the order questions were raised: deterministic, and good enough for a day's questions.
 */
public final class QuestionGrouping {

    public static final double DEFAULT_THRESHOLD = 0.7;

    private final double threshold;

    public QuestionGrouping(double threshold) {
        this.threshold = threshold;
    }

    public List<QuestionGroup> group(List<PendingQuestion> questions) {
        List<List<PendingQuestion>> clusters = new ArrayList<>();
        List<Set<String>> keys = new ArrayList<>();
        List<PendingQuestion> ordered = questions.stream()
                .sorted(Comparator.comparing(PendingQuestion::raisedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(PendingQuestion::escalationId))
                .toList();
        for (PendingQuestion q : ordered) {
            Set<String> tokens = QuestionText.tokens(q.question());
            int best = -1;
            double bestScore = threshold;
            for (int i = 0; i < clusters.size(); i++) {
                double score = QuestionText.similarity(tokens, keys.get(i));
                if (score >= bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            if (best < 0) {
                clusters.add(new ArrayList<>(List.of(q)));
                keys.add(tokens);
            } else {
                clusters.get(best).add(q);
            }
        }
        return clusters.stream().map(QuestionGrouping::toGroup)
                .sorted(Comparator.comparing(QuestionGroup::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Comparator.comparingInt(QuestionGroup::callers).reversed()))
                .toList();
    }

    private static QuestionGroup toGroup(List<PendingQuestion> members) {
        // the letter shows the earliest wording typed with diacritics: the one a unit can read without guessing
        PendingQuestion shown = members.stream().filter(q -> !QuestionText.normalize(q.question())
                .equals(q.question().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip()))
                .findFirst().orElse(members.get(0));
        int callers = members.stream().mapToInt(PendingQuestion::callers).sum();
        Instant deadline = members.stream().map(PendingQuestion::dueAt).filter(d -> d != null)
                .min(Comparator.naturalOrder()).orElse(null);
        return new QuestionGroup(shown.question(), callers, deadline, List.copyOf(members));
    }
}

package vn.hotline1022.knowledge.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The editable part of a knowledge entry. {@code localities} empty = the whole province; {@code internalNote}
 * is for supervisors only and never leaves through the public feed. {@code answerVariants} are other wordings of
 * the same answer (another source's, a shorter one): search finds the entry by their words too, the operator reads
 * {@code answer}.
 */
public record EntryContent(String externalId, String question, String answer, List<String> phrasings,
                           String topic, List<String> tags, List<String> localities, String sourceUnit,
                           String legalBasis, Instant validFrom, Instant validUntil, String supersededBy,
                           String internalNote, List<String> answerVariants) {

    public static final int MAX_QUESTION = 500;
    public static final int MAX_ANSWER = 20_000;
    public static final int MAX_ANSWER_VARIANTS = 10;

    public EntryContent {
        externalId = blankToNull(externalId);
        question = question == null ? null : question.strip();
        answer = answer == null ? null : answer.strip();
        phrasings = clean(phrasings);
        tags = clean(tags);
        localities = clean(localities);
        topic = blankToNull(topic);
        sourceUnit = blankToNull(sourceUnit);
        legalBasis = blankToNull(legalBasis);
        supersededBy = blankToNull(supersededBy);
        internalNote = blankToNull(internalNote);
        answerVariants = clean(answerVariants);
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> out = new ArrayList<>();
        if (question == null || question.isEmpty()) {
            out.add(new FieldProblem("question", "knowledge.entry.question.required"));
        } else if (question.length() > MAX_QUESTION) {
            out.add(new FieldProblem("question", "knowledge.entry.question.too-long", MAX_QUESTION));
        }
        if (answer == null || answer.isEmpty()) {
            out.add(new FieldProblem("answer", "knowledge.entry.answer.required"));
        } else if (answer.length() > MAX_ANSWER) {
            out.add(new FieldProblem("answer", "knowledge.entry.answer.too-long", MAX_ANSWER));
        }
        if (topic == null || !Vocabulary.TOPICS.contains(topic)) {
            out.add(new FieldProblem("topic", "knowledge.entry.topic.invalid"));
        }
        localities.stream().filter(l -> !Vocabulary.DISTRICTS.contains(l)).findFirst().ifPresent(l ->
                out.add(new FieldProblem("localities", "knowledge.locality.invalid", l)));
        limit(out, "externalId", externalId, 100);
        limit(out, "sourceUnit", sourceUnit, 100);
        limit(out, "legalBasis", legalBasis, 1_000);
        limit(out, "supersededBy", supersededBy, 100);
        limit(out, "internalNote", internalNote, 2_000);
        limitEach(out, "phrasings", phrasings, 200, 1_000);
        limitEach(out, "tags", tags, 100, 100);
        limitEach(out, "answerVariants", answerVariants, MAX_ANSWER_VARIANTS, MAX_ANSWER);
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            out.add(new FieldProblem("validUntil", "knowledge.entry.valid-until.before-start"));
        }
        return out;
    }

    /** Every stored text has a bound, so no field can carry a 100 KB value into the store and the index. */
    private static void limit(List<FieldProblem> out, String field, String value, int max) {
        if (value != null && value.length() > max) {
            out.add(new FieldProblem(field, "knowledge.entry.max-characters", max));
        }
    }

    private static void limitEach(List<FieldProblem> out, String field, List<String> values, int maxCount, int maxLength) {
        if (values.size() > maxCount) {
            out.add(new FieldProblem(field, "knowledge.entry.max-items", maxCount));
        } else if (values.stream().anyMatch(v -> v.length() > maxLength)) {
            out.add(new FieldProblem(field, "knowledge.entry.item.max-characters", maxLength));
        }
    }

    private static List<String> clean(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

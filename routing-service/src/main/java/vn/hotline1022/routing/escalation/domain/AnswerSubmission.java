package vn.hotline1022.routing.escalation.domain;

import vn.hotline1022.contracts.text.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** An answer as a unit system sends it on hotline.escalation-answers.v1, already parsed, not yet trusted. */
public record AnswerSubmission(String eventId, String type, String escalationId, String unitCode, String answer,
                               String answeredBy) {

    public static final String TYPE = "hotline.escalation-answer.submitted";
    private static final Pattern UNIT = Pattern.compile("^[A-Z][A-Z0-9_]*$");
    private static final Pattern UUID = Pattern.compile("^[0-9a-fA-F-]{36}$");

    /** Reasons this submission breaks the published schema (for the dead letter, in Vietnamese); empty when well-formed. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (eventId == null || !UUID.matcher(eventId).matches()) {
            problems.add(Messages.vietnamese("routing.message.uuid", "eventId"));
        }
        if (!TYPE.equals(type)) {
            problems.add(Messages.vietnamese("routing.message.type", "type", TYPE));
        }
        if (blank(escalationId)) {
            problems.add(Messages.vietnamese("routing.message.required", "payload.escalationId"));
        }
        if (unitCode == null || !UNIT.matcher(unitCode).matches()) {
            problems.add(Messages.vietnamese("routing.message.missing-or-malformed", "payload.unitCode"));
        }
        if (blank(answer)) {
            problems.add(Messages.vietnamese("routing.message.required", "payload.answer"));
        }
        if (blank(answeredBy)) {
            problems.add(Messages.vietnamese("routing.message.required", "payload.answeredBy"));
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

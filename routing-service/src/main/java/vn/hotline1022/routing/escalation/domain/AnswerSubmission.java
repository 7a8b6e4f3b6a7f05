package vn.hotline1022.routing.escalation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** An answer as a unit system sends it on hotline.escalation-answers.v1, already parsed, not yet trusted. */
public record AnswerSubmission(String eventId, String type, String escalationId, String unitCode, String answer,
                               String answeredBy) {

    public static final String TYPE = "hotline.escalation-answer.submitted";
    private static final Pattern UNIT = Pattern.compile("^[A-Z][A-Z0-9_]*$");
    private static final Pattern UUID = Pattern.compile("^[0-9a-fA-F-]{36}$");

    /** Reasons this submission breaks the published schema; empty when it is well-formed. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (eventId == null || !UUID.matcher(eventId).matches()) {
            problems.add("eventId: thiếu hoặc không phải UUID");
        }
        if (!TYPE.equals(type)) {
            problems.add("type: phải là " + TYPE);
        }
        if (blank(escalationId)) {
            problems.add("payload.escalationId: bắt buộc");
        }
        if (unitCode == null || !UNIT.matcher(unitCode).matches()) {
            problems.add("payload.unitCode: thiếu hoặc sai định dạng");
        }
        if (blank(answer)) {
            problems.add("payload.answer: bắt buộc");
        }
        if (blank(answeredBy)) {
            problems.add("payload.answeredBy: bắt buộc");
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

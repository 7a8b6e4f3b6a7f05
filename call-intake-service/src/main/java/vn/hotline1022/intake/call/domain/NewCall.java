package vn.hotline1022.intake.call.domain;

import vn.hotline1022.intake.caller.domain.PhoneNumber;
import vn.hotline1022.intake.domain.InvalidValueException;
import vn.hotline1022.intake.reference.domain.Locality;
import vn.hotline1022.intake.reference.domain.Topic;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The rules for logging a call: everything checked here, before anything is written. */
public final class NewCall {

    public static final int MAX_QUESTION = 4000;
    /** A call logged later than this after it started is a data-entry mistake, not a late log. */
    static final Duration MAX_LATE_LOG = Duration.ofHours(24);

    private NewCall() {
    }

    public static Call open(String id, PhoneNumber caller, Channel channel, Locality locality, String provinceName,
                            Topic topic, String question, String notes, String operator, Instant startedAt,
                            Instant now, boolean repeatCaller) {
        String text = questionText("question", question);
        if (notes != null && notes.length() > MAX_QUESTION) {
            throw new InvalidValueException("notes", "intake.note.max-4000");
        }
        String province = provinceName == null || provinceName.isBlank() ? null : provinceName.strip();
        if (locality.needsProvinceName() && province == null) {
            throw new InvalidValueException("provinceName", "intake.call.province.required");
        }
        Instant started = startedAt == null ? now : startedAt;
        if (started.isAfter(now.plus(Call.CLOCK_SKEW))) {
            throw new InvalidValueException("startedAt", "intake.call.started-at.future");
        }
        if (started.isBefore(now.minus(MAX_LATE_LOG))) {
            throw new InvalidValueException("startedAt", "intake.call.started-at.too-old");
        }
        return new Call(id, caller == null ? null : caller.e164(), caller == null, channel, locality.code(),
                locality.needsProvinceName() ? province : null, topic.code(), text, notes, operator, started,
                caller != null && repeatCaller, CallStatus.OPEN, null, null, null, null, null, null, null, List.of(),
                List.of(new Question(1, text, topic.code(), null, null, null, started, null)));
    }

    /** A question's text as stored: trimmed, not empty, at most {@link #MAX_QUESTION} characters. */
    static String questionText(String field, String question) {
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            throw new InvalidValueException(field, "intake.call.question.required");
        }
        if (text.length() > MAX_QUESTION) {
            throw new InvalidValueException(field, "intake.call.question.max-4000");
        }
        return text;
    }
}

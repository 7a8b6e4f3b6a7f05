package vn.hotline1022.intake.call.domain;

import vn.hotline1022.intake.domain.InvalidValueException;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** How a question, and so a call, ended. Declared in the order that decides a call's outcome from its questions. */
public enum Outcome {
    ESCALATED, TRANSFERRED, ANSWERED_FROM_KB, INFORMATION_ONLY, DROPPED, PRANK;

    /** What a question may end with while the call goes on: the others end the call. */
    public boolean settlesMidCall() {
        return this == ANSWERED_FROM_KB || this == ESCALATED || this == INFORMATION_ONLY;
    }

    /**
     * The call's outcome from its questions': the one that asks most of the services wins, so a call with one
     * answered and one escalated question is ESCALATED (it still owes the caller a callback), and a call whose last
     * question was cut off after an answer counts as answered, not as dropped.
     */
    public static Outcome ofCall(List<Question> questions) {
        return questions.stream().map(Question::outcome).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    public static Outcome parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "intake.call.outcome.required");
        }
        return Arrays.stream(values()).filter(o -> o.name().equals(value.trim())).findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "intake.call.outcome.invalid", value));
    }
}

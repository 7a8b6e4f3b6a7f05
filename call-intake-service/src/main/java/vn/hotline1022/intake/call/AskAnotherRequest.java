package vn.hotline1022.intake.call;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The caller asks something else: how the open question ended ({@code current}) and the new question, in one
 * command, so the call never has two open questions nor a settled one without a successor. {@code topic} defaults
 * to the open question's.
 */
public record AskAnotherRequest(
        @NotNull(message = "intake.call.current.required") @Valid Current current,
        @NotBlank(message = "intake.call.question.required")
        @Size(max = 4000, message = "intake.call.question.max-4000") String question,
        @Size(max = 60, message = "intake.call.topic.too-long") String topic) {

    public record Current(
            @NotBlank(message = "intake.call.current-outcome.required") String outcome,
            @Size(max = 100, message = "intake.call.kb-entry.too-long") String kbEntryId) {
    }
}

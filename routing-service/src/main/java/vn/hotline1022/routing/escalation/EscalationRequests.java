package vn.hotline1022.routing.escalation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Request bodies of the escalation API. */
final class EscalationRequests {

    private EscalationRequests() {
    }

    record Answer(@NotBlank(message = "routing.escalation.answer.required") @Size(max = 8000) String answer) {
    }

    record Merge(@NotEmpty(message = "routing.escalation.merge.sources.required") @Size(max = 50) List<String> sourceIds) {
    }

    record Split(@NotEmpty(message = "routing.escalation.split.calls.required") @Size(max = 500) List<String> callIds) {
    }

    record Reassign(
            @NotBlank(message = "routing.escalation.new-unit.required")
            @Pattern(regexp = "^[A-Z][A-Z0-9_]*$", message = "routing.escalation.unit.format") String unitCode,
            @NotBlank(message = "routing.escalation.reassign-reason.required") @Size(max = 500) String reason) {
    }
}

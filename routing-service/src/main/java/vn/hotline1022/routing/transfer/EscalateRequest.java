package vn.hotline1022.routing.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record EscalateRequest(
        @NotBlank(message = "routing.escalate.question.required")
        @Size(min = 5, max = 2000, message = "routing.escalate.question.length") String question,
        @jakarta.validation.constraints.Pattern(regexp = "^[A-Z][A-Z0-9_]{1,63}$", message = "routing.escalate.unit.invalid")
        String unitCode) {
}

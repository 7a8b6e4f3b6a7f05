package vn.hotline1022.routing.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.hotline1022.routing.transfer.domain.AttemptOutcome;

record AttemptRequest(
        @NotBlank(message = "routing.attempt.number.required") @Size(max = 30) String number,
        @NotNull(message = "routing.attempt.outcome.required")
        AttemptOutcome outcome) {
}

package vn.hotline1022.intake.call;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** The outcome an operator records when the call ends. */
public record CloseCallRequest(
        @NotBlank(message = "intake.call.outcome.required") String outcome,
        @Size(max = 100, message = "intake.call.kb-entry.too-long") String kbEntryId,
        @Size(max = 60, message = "intake.call.unit.too-long") String unitCode,
        @Size(max = 40, message = "intake.phone.too-long") String transferNumber,
        @Size(max = 4000, message = "intake.note.max-4000") String notes,
        Instant endedAt) {
}

package vn.hotline1022.intake.call;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.hotline1022.intake.reference.InCatalogue;

import java.time.Instant;

import static vn.hotline1022.intake.reference.InCatalogue.Kind.LOCALITY;
import static vn.hotline1022.intake.reference.InCatalogue.Kind.TOPIC;

/** What the operator's console sends when a call is logged; {@code ctiCallId} when the switchboard popped it up. */
@ParsableCall
public record NewCallRequest(
        @Size(max = 40, message = "intake.phone.too-long") String callerNumber,
        Boolean withheld,
        String channel,
        @NotBlank(message = "intake.call.locality.required") @InCatalogue(LOCALITY) String locality,
        @Size(max = 100, message = "intake.call.province.max-100") String provinceName,
        @NotBlank(message = "intake.call.topic.required") @InCatalogue(TOPIC) String topic,
        @NotBlank(message = "intake.call.question.required")
        @Size(max = 4000, message = "intake.call.question.max-4000") String question,
        @Size(max = 4000, message = "intake.note.max-4000") String notes,
        Instant startedAt,
        @Size(max = 300, message = "intake.call.cti-call-id.too-long") String ctiCallId) {
}

package vn.hotline1022.intake.call;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the operator's console sends when a call is logged. */
public record NewCallRequest(
        String callerNumber,
        Boolean withheld,
        String channel,
        @NotBlank String locality,
        @NotBlank String topic,
        @NotBlank @Size(max = 4000) String question) {
}

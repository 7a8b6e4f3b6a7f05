package vn.hotline1022.routing.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A transfer of a call's question ({@code questionNo}, 1 when absent) to the responsible unit. */
record NewTransferRequest(
        @NotBlank(message = "routing.transfer.call-id.required") @Size(max = 100) String callId,
        @NotBlank(message = "routing.transfer.topic.required") String topic,
        @NotBlank(message = "routing.transfer.locality.required") String locality,
        @jakarta.validation.constraints.Min(value = 1, message = "routing.transfer.question-no.min")
        @jakarta.validation.constraints.Max(value = 1000, message = "routing.transfer.question-no.too-large") Integer questionNo) {

}

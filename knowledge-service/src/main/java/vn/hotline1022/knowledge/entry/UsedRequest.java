package vn.hotline1022.knowledge.entry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An operator read this entry out on a call; {@code question} is how the caller asked. */
public record UsedRequest(@NotBlank(message = "knowledge.used.call-id.required") String callId,
                          @Size(max = 500, message = "knowledge.used.question.max-500") String question) {
}

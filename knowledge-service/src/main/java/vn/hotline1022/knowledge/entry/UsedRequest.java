package vn.hotline1022.knowledge.entry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An operator read this entry out on a call; {@code question} is how the caller asked. */
public record UsedRequest(@NotBlank(message = "Mã cuộc gọi là bắt buộc") String callId,
                          @Size(max = 500, message = "Câu hỏi dài quá 500 ký tự") String question) {
}

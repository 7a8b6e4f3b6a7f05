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
        @NotNull(message = "Bắt buộc ghi kết quả của câu hỏi đang xử lý") @Valid Current current,
        @NotBlank(message = "Bắt buộc nhập nội dung câu hỏi")
        @Size(max = 4000, message = "Nội dung câu hỏi tối đa 4000 ký tự") String question,
        @Size(max = 60, message = "Mã chủ đề quá dài") String topic) {

    public record Current(
            @NotBlank(message = "Bắt buộc chọn kết quả của câu hỏi đang xử lý") String outcome,
            @Size(max = 100, message = "Mã kho tri thức quá dài") String kbEntryId) {
    }
}

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

    record Answer(@NotBlank(message = "Bắt buộc nhập câu trả lời") @Size(max = 8000) String answer) {
    }

    record Merge(@NotEmpty(message = "Chọn ít nhất một kiến nghị để gộp") @Size(max = 50) List<String> sourceIds) {
    }

    record Split(@NotEmpty(message = "Chọn ít nhất một cuộc gọi để tách") @Size(max = 500) List<String> callIds) {
    }

    record Reassign(
            @NotBlank(message = "Bắt buộc chọn đơn vị mới")
            @Pattern(regexp = "^[A-Z][A-Z0-9_]*$", message = "Mã đơn vị sai định dạng") String unitCode,
            @NotBlank(message = "Bắt buộc ghi lý do chuyển đơn vị") @Size(max = 500) String reason) {
    }
}

package vn.hotline1022.routing.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record EscalateRequest(
        @NotBlank(message = "Bắt buộc ghi lại câu hỏi của người dân")
        @Size(min = 5, max = 2000, message = "Câu hỏi từ 5 đến 2000 ký tự") String question,
        @jakarta.validation.constraints.Pattern(regexp = "^[A-Z][A-Z0-9_]{1,63}$", message = "Mã đơn vị không hợp lệ")
        String unitCode) {
}

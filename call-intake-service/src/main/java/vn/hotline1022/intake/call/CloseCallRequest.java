package vn.hotline1022.intake.call;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** The outcome an operator records when the call ends. */
public record CloseCallRequest(
        @NotBlank(message = "Bắt buộc chọn kết quả cuộc gọi") String outcome,
        @Size(max = 100, message = "Mã kho tri thức quá dài") String kbEntryId,
        @Size(max = 60, message = "Mã đơn vị quá dài") String unitCode,
        @Size(max = 40, message = "Số điện thoại quá dài") String transferNumber,
        @Size(max = 4000, message = "Ghi chú tối đa 4000 ký tự") String notes,
        Instant endedAt) {
}

package vn.hotline1022.intake.call;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** What the operator's console sends when a call is logged; {@code ctiCallId} when the switchboard popped it up. */
public record NewCallRequest(
        @Size(max = 40, message = "Số điện thoại quá dài") String callerNumber,
        Boolean withheld,
        String channel,
        @NotBlank(message = "Bắt buộc chọn địa bàn") String locality,
        @Size(max = 100, message = "Tên tỉnh tối đa 100 ký tự") String provinceName,
        @NotBlank(message = "Bắt buộc chọn chủ đề") String topic,
        @NotBlank(message = "Bắt buộc nhập nội dung câu hỏi")
        @Size(max = 4000, message = "Nội dung câu hỏi tối đa 4000 ký tự") String question,
        @Size(max = 4000, message = "Ghi chú tối đa 4000 ký tự") String notes,
        Instant startedAt,
        @Size(max = 300, message = "Mã cuộc gọi tổng đài quá dài") String ctiCallId) {
}

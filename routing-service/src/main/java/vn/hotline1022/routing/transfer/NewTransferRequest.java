package vn.hotline1022.routing.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A transfer of a call's question ({@code questionNo}, 1 when absent) to the responsible unit. */
record NewTransferRequest(
        @NotBlank(message = "Bắt buộc có mã cuộc gọi") @Size(max = 100) String callId,
        @NotBlank(message = "Bắt buộc chọn chủ đề") String topic,
        @NotBlank(message = "Bắt buộc chọn địa bàn") String locality,
        @jakarta.validation.constraints.Min(value = 1, message = "Số thứ tự câu hỏi từ 1")
        @jakarta.validation.constraints.Max(value = 1000, message = "Số thứ tự câu hỏi quá lớn") Integer questionNo) {

}

package vn.hotline1022.routing.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record NewTransferRequest(
        @NotBlank(message = "Bắt buộc có mã cuộc gọi") @Size(max = 100) String callId,
        @NotBlank(message = "Bắt buộc chọn chủ đề") String topic,
        @NotBlank(message = "Bắt buộc chọn địa bàn") String locality) {
}

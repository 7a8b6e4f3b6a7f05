package vn.hotline1022.routing.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.hotline1022.routing.transfer.domain.AttemptOutcome;

record AttemptRequest(
        @NotBlank(message = "Bắt buộc nhập số đã gọi") @Size(max = 30) String number,
        @NotNull(message = "Bắt buộc chọn kết quả: CONNECTED, BUSY, NO_ANSWER, WRONG_UNIT, UNREACHABLE")
        AttemptOutcome outcome) {
}

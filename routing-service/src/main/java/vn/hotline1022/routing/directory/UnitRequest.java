package vn.hotline1022.routing.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.hotline1022.routing.directory.domain.FailoverStrategy;
import vn.hotline1022.routing.directory.domain.LineType;
import vn.hotline1022.routing.directory.domain.UnitKind;

import java.util.List;

/** A supervisor's full description of a unit (create or replace). {@code version}: the one the edit started from. */
record UnitRequest(
        @NotBlank(message = "Bắt buộc nhập tên đơn vị") @Size(max = 200) String name,
        @NotNull(message = "Bắt buộc chọn loại đơn vị") UnitKind kind,
        List<String> jurisdiction,
        List<String> topics,
        @NotNull(message = "Bắt buộc có danh sách số (có thể rỗng)") @Valid List<HotlineRequest> hotlines,
        @NotNull(message = "Bắt buộc cho biết có nhận chuyển cuộc gọi không") Boolean transferable,
        @Size(max = 500) String notTransferableReason,
        @Size(max = 500) String alternative,
        FailoverStrategy strategy,
        @Valid DueRequest escalationDue,
        Long version) {

    record HotlineRequest(
            @Size(max = 30) String number,
            @NotBlank(message = "Bắt buộc nhập nhãn cho số") @Size(max = 200) String label,
            @NotNull(message = "Bắt buộc chọn di động/cố định") LineType lineType,
            @Min(value = 1, message = "Ưu tiên từ 1") @Max(99) Integer priority,
            Boolean active,
            @Pattern(regexp = "^(24/7|([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d)$",
                    message = "Giờ trực dạng 24/7 hoặc 07:00-17:00") String hours,
            Boolean placeholder) {
    }

    record DueRequest(
            @NotNull @Min(value = 0, message = "Số ngày làm việc từ 0 đến 30") @Max(30) Integer workingDays,
            @NotNull @Pattern(regexp = "^([01]\\d|2[0-3]):[0-5]\\d$", message = "Giờ hạn dạng HH:mm") String time) {
    }
}

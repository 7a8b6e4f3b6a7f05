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
        @NotBlank(message = "routing.unit.name.required") @Size(max = 200) String name,
        @NotNull(message = "routing.unit.type.required") UnitKind kind,
        List<String> jurisdiction,
        List<String> topics,
        @NotNull(message = "routing.unit.hotlines.required") @Valid List<HotlineRequest> hotlines,
        @NotNull(message = "routing.unit.transferable.required") Boolean transferable,
        @Size(max = 500) String notTransferableReason,
        @Size(max = 500) String alternative,
        FailoverStrategy strategy,
        @Valid DueRequest escalationDue,
        Long version) {

    record HotlineRequest(
            @Size(max = 30) String number,
            @NotBlank(message = "routing.hotline.label.required") @Size(max = 200) String label,
            @NotNull(message = "routing.hotline.kind.required") LineType lineType,
            @Min(value = 1, message = "routing.hotline.priority.min") @Max(99) Integer priority,
            Boolean active,
            @Pattern(regexp = "^(24/7|([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d)$",
                    message = "routing.hotline.hours.format") String hours,
            Boolean placeholder) {
    }

    record DueRequest(
            @NotNull @Min(value = 0, message = "routing.unit.working-days.range") @Max(30) Integer workingDays,
            @NotNull @Pattern(regexp = "^([01]\\d|2[0-3]):[0-5]\\d$", message = "routing.hotline.deadline.format") String time) {
    }
}

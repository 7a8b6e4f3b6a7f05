package vn.hotline1022.intake.call.domain;

import vn.hotline1022.intake.domain.InvalidValueException;

import java.util.Arrays;

/** How a call ended. */
public enum Outcome {
    ANSWERED_FROM_KB, TRANSFERRED, ESCALATED, INFORMATION_ONLY, DROPPED, PRANK;

    public static Outcome parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "Bắt buộc chọn kết quả cuộc gọi");
        }
        return Arrays.stream(values()).filter(o -> o.name().equals(value.trim())).findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "Kết quả không hợp lệ: " + value
                        + " (ANSWERED_FROM_KB, TRANSFERRED, ESCALATED, INFORMATION_ONLY, DROPPED, PRANK)"));
    }
}

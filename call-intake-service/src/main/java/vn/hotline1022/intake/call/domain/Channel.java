package vn.hotline1022.intake.call.domain;

import vn.hotline1022.intake.domain.InvalidValueException;

import java.util.Arrays;

/** How the citizen reached the hotline. */
public enum Channel {
    PHONE, ZALO, EMAIL, WEB;

    /** Absent means PHONE: the switchboard is by far the most common source. */
    public static Channel parse(String value) {
        if (value == null || value.isBlank()) {
            return PHONE;
        }
        return Arrays.stream(values()).filter(c -> c.name().equals(value.trim())).findFirst()
                .orElseThrow(() -> new InvalidValueException("channel", "intake.call.channel.invalid", value));
    }
}

package vn.hotline1022.intake.caller.domain;

import vn.hotline1022.intake.domain.InvalidValueException;

import java.util.Arrays;

/** Why supervisors flagged a number: prank calls, or abuse of operators. */
public enum FlagKind {
    PRANK, ABUSE;

    public static FlagKind parse(String value) {
        return Arrays.stream(values()).filter(k -> k.name().equals(value == null ? null : value.trim()))
                .findFirst().orElseThrow(() -> new InvalidValueException("kind", "intake.flag.kind.invalid", value));
    }
}

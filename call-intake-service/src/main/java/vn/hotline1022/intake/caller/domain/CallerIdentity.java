package vn.hotline1022.intake.caller.domain;

import vn.hotline1022.intake.domain.InvalidValueException;

/** Either a number or an explicit "withheld"; never silently neither. */
public final class CallerIdentity {

    private CallerIdentity() {
    }

    /** @return the number, or null when the caller withheld it */
    public static PhoneNumber of(String rawNumber, Boolean withheld, PhoneNumberParser parser) {
        boolean hidden = Boolean.TRUE.equals(withheld);
        boolean typed = rawNumber != null && !rawNumber.isBlank();
        if (hidden && typed) {
            throw new InvalidValueException("callerNumber", "intake.caller.hidden-with-number");
        }
        return hidden ? null : parser.parse(rawNumber);
    }
}

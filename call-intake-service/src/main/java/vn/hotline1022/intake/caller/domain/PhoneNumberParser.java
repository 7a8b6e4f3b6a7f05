package vn.hotline1022.intake.caller.domain;

import vn.hotline1022.contracts.phone.InvalidPhoneNumberException;
import vn.hotline1022.contracts.phone.VietnamesePhoneNumbers;
import vn.hotline1022.intake.domain.InvalidValueException;

/**
 * A caller number as intake takes it: the platform's one reading of phone numbers
 * ({@link VietnamesePhoneNumbers}, E.164), with the request field to blame when it is refused.
 */
public final class PhoneNumberParser {

    private final String field;
    private final String homeAreaCode;

    /** @param homeAreaCode area code without trunk 0 (e.g. "252"), used for local numbers; null to refuse them */
    public PhoneNumberParser(String field, String homeAreaCode) {
        this.field = field;
        this.homeAreaCode = homeAreaCode;
    }

    public PhoneNumber parse(String raw) {
        try {
            return new PhoneNumber(VietnamesePhoneNumbers.toE164(raw, homeAreaCode));
        } catch (InvalidPhoneNumberException e) {
            throw new InvalidValueException(field, switch (e.reason()) {
                case MISSING -> "intake.phone.required";
                case CHARACTERS -> "intake.phone.characters";
                case NOT_A_NUMBER -> "intake.phone.invalid";
            });
        }
    }
}

package vn.hotline1022.intake.caller;

import org.springframework.stereotype.Component;
import vn.hotline1022.intake.IntakeProperties;
import vn.hotline1022.intake.caller.domain.PhoneNumber;
import vn.hotline1022.intake.caller.domain.PhoneNumberParser;

/** The province's phone number parser, naming whichever request field the number came from. */
@Component
public class PhoneNumbers {

    private final String homeAreaCode;

    PhoneNumbers(IntakeProperties properties) {
        this.homeAreaCode = properties.homeAreaCode();
    }

    public PhoneNumberParser parser(String field) {
        return new PhoneNumberParser(field, homeAreaCode);
    }

    public PhoneNumber parse(String field, String raw) {
        return parser(field).parse(raw);
    }
}

package vn.hotline1022.intake.call;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import lombok.RequiredArgsConstructor;
import vn.hotline1022.intake.call.domain.Channel;
import vn.hotline1022.intake.caller.PhoneNumbers;
import vn.hotline1022.intake.caller.domain.CallerIdentity;
import vn.hotline1022.intake.domain.InvalidValueException;

/** Spring's validator factory builds this with the province's phone rules (its home area code). */
@RequiredArgsConstructor
class ParsableCallValidator implements ConstraintValidator<ParsableCall, NewCallRequest> {

    /** Longer numbers are refused by the field's own size constraint; one problem per field is enough. */
    private static final int MAX_NUMBER = 40;

    private final PhoneNumbers phones;

    @Override
    public boolean isValid(NewCallRequest r, ConstraintValidatorContext context) {
        if (r == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        if (r.callerNumber() == null || r.callerNumber().length() <= MAX_NUMBER) {
            valid &= holds(context, () -> CallerIdentity.of(r.callerNumber(), r.withheld(), phones.parser("callerNumber")));
        }
        valid &= holds(context, () -> Channel.parse(r.channel()));
        return valid;
    }

    private static boolean holds(ConstraintValidatorContext context, Runnable check) {
        try {
            check.run();
            return true;
        } catch (InvalidValueException e) {
            context.buildConstraintViolationWithTemplate(e.messageCode()).addPropertyNode(e.field())
                    .addConstraintViolation();
            return false;
        }
    }
}

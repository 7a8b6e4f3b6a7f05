package vn.hotline1022.intake.reference;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import lombok.RequiredArgsConstructor;
import vn.hotline1022.intake.reference.domain.ReferenceData;

/** Spring's validator factory builds this with the loaded catalogue. */
@RequiredArgsConstructor
class InCatalogueValidator implements ConstraintValidator<InCatalogue, String> {

    private final ReferenceData reference;
    private InCatalogue.Kind kind;

    @Override
    public void initialize(InCatalogue annotation) {
        kind = annotation.value();
    }

    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
        if (code == null || code.isBlank()) {
            return true;
        }
        boolean known = kind == InCatalogue.Kind.LOCALITY ? reference.knowsLocality(code) : reference.knowsTopic(code);
        if (!known) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(kind.messageCode).addConstraintViolation();
        }
        return known;
    }
}

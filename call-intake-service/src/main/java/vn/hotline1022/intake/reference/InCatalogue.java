package vn.hotline1022.intake.reference;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A locality or topic code of the province's catalogue. Checked with a request's other constraints, so one answer
 * names every wrong field (a blank question and an unknown locality together) instead of one per attempt. A blank
 * value is left to {@code @NotBlank}; the service checks the code again when it uses it.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = InCatalogueValidator.class)
public @interface InCatalogue {

    Kind value();

    /** Set by the validator from the kind (the bundle's code); not meant to be given. */
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum Kind {
        LOCALITY("intake.reference.locality.unknown"),
        TOPIC("intake.reference.topic.unknown");

        final String messageCode;

        Kind(String messageCode) {
            this.messageCode = messageCode;
        }
    }
}

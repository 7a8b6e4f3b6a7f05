package vn.hotline1022.intake.call;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The caller's number (or "withheld", never both) and the channel parse: checked with the request's other constraints,
 * so one answer names every wrong field. The service parses them again when it uses them.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ParsableCallValidator.class)
@interface ParsableCall {

    /** Each violation carries its own bundle code; this one is never shown. */
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

package vn.hotline1022.intake.infra.web;

import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.hotline1022.intake.domain.InvalidValueException;

import java.util.List;

/**
 * Intake's shared domain exception (plain Java, no web types) as problem+json, in the shape and language of
 * service-support's ApiProblems, which handles everything else; each feature maps its own (e.g. call/CallProblems).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class IntakeProblems {

    private final vn.hotline1022.support.web.ProblemResponses problems;

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<Object> invalidValue(InvalidValueException e) {
        return problems.badRequest(List.of(problems.messageFieldError(e.field(), "invalid-field", e.messageCode(),
                e.args())));
    }
}

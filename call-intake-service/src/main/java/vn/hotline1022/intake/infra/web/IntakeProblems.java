package vn.hotline1022.intake.infra.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.hotline1022.intake.call.IdempotencyKeyReusedException;
import vn.hotline1022.intake.call.QuestionsChangedException;
import vn.hotline1022.intake.call.domain.CallAlreadyClosedException;
import vn.hotline1022.intake.call.domain.CallNotFoundException;
import vn.hotline1022.intake.domain.InvalidValueException;

import java.util.List;

/**
 * Intake's domain exceptions (plain Java, no web types) as problem+json, in the shape and language of
 * service-support's ApiProblems, which handles everything else.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IntakeProblems {

    private final vn.hotline1022.support.web.ApiProblems problems;

    IntakeProblems(vn.hotline1022.support.web.ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<Object> invalidValue(InvalidValueException e) {
        return problems.badRequest(List.of(problems.fieldError(e.field(), "invalid-field", e.getMessage())));
    }

    @ExceptionHandler(CallNotFoundException.class)
    ResponseEntity<Object> notFound(CallNotFoundException e) {
        return problems.problem(404, "call-not-found", e.getMessage());
    }

    @ExceptionHandler(CallAlreadyClosedException.class)
    ResponseEntity<Object> conflict(CallAlreadyClosedException e) {
        return problems.problem(409, "call-already-closed", e.getMessage());
    }

    @ExceptionHandler(QuestionsChangedException.class)
    ResponseEntity<Object> questionsChanged(QuestionsChangedException e) {
        return problems.problem(409, "questions-changed", e.getMessage());
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<Object> idempotencyKeyReused(IdempotencyKeyReusedException e) {
        ResponseEntity<Object> problem = problems.problem(422, "idempotency-key-reused", e.getMessage());
        ((org.springframework.http.ProblemDetail) problem.getBody()).setProperty("errors",
                List.of(problems.fieldError("Idempotency-Key", "idempotency-key-reused", e.getMessage())));
        return problem;
    }
}

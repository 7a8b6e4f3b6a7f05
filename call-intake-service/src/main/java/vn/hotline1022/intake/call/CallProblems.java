package vn.hotline1022.intake.call;

import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.hotline1022.intake.call.domain.CallAlreadyClosedException;
import vn.hotline1022.intake.call.domain.CallNotFoundException;
import vn.hotline1022.support.web.ProblemResponses;

import java.util.List;

/**
 * The call feature's own exceptions as problem+json, beside the feature: the shared infra knows no feature, so the
 * packages depend on each other one way only.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class CallProblems {

    private final ProblemResponses problems;

    @ExceptionHandler(CallNotFoundException.class)
    ResponseEntity<Object> notFound(CallNotFoundException e) {
        return problems.messageProblem(404, "call-not-found", e.messageCode(), e.args());
    }

    @ExceptionHandler(CallAlreadyClosedException.class)
    ResponseEntity<Object> conflict(CallAlreadyClosedException e) {
        return problems.messageProblem(409, "call-already-closed", e.messageCode(), e.args());
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<Object> idempotencyKeyReused(IdempotencyKeyReusedException e) {
        ResponseEntity<Object> problem = problems.messageProblem(422, "idempotency-key-reused",
                "intake.idempotency-key.reused");
        ((org.springframework.http.ProblemDetail) problem.getBody()).setProperty("errors",
                List.of(problems.messageFieldError("Idempotency-Key", "idempotency-key-reused",
                        "intake.idempotency-key.reused")));
        return problem;
    }
}

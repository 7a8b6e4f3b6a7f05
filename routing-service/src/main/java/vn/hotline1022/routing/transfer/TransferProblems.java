package vn.hotline1022.routing.transfer;

import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.hotline1022.support.web.ProblemResponses;

import java.util.List;

/**
 * The transfer feature's own problem beyond service-support's ApiProblems (which would answer it as a plain 409):
 * the console marks the field the problem names, and a client may retry after the header's seconds.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class TransferProblems {

    private final ProblemResponses problems;

    @ExceptionHandler(CallNotKnownException.class)
    ResponseEntity<Object> callNotKnown(CallNotKnownException e) {
        ResponseEntity<Object> problem = problems.messageProblem(e.status(), e.code(), e.messageCode(), e.args());
        ((ProblemDetail) problem.getBody()).setProperty("errors", List.of(problems.messageFieldError("callId",
                "call-not-known", e.messageCode(), e.args())));
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds())).body(problem.getBody());
    }
}

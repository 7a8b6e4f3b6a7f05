package vn.hotline1022.gateway.infra;

import com.mongodb.MongoException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import vn.hotline1022.contracts.text.Messages;

import java.util.List;
import java.util.Map;

/**
 * The gateway's own APIs (auth, users, audit) answer errors as problem+json naming the field, in Vietnamese, or in
 * English when the client prefers it ({@code Accept-Language}); texts from the message bundle.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class GatewayProblems {

    private static final Logger log = LoggerFactory.getLogger(GatewayProblems.class);

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e, ServerWebExchange exchange) {
        return badRequest(exchange, List.of(Map.of("field", e.field(), "message", e.text(Problems.english(exchange)))));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, ServerWebExchange exchange) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.text(Problems.english(exchange)));
    }

    /** A constraint's message is a bundle code ({@code message = "gateway.password.length"}) or a text. */
    @ExceptionHandler(WebExchangeBindException.class)
    ProblemDetail invalidBody(WebExchangeBindException e, ServerWebExchange exchange) {
        boolean english = Problems.english(exchange);
        return badRequest(exchange, e.getFieldErrors().stream().map(f -> Map.of("field", f.getField(), "message",
                Messages.knows(f.getDefaultMessage()) ? Messages.text(f.getDefaultMessage(), english)
                        : String.valueOf(f.getDefaultMessage()))).toList());
    }

    @ExceptionHandler(ServerWebInputException.class)
    ProblemDetail unreadable(ServerWebInputException e, ServerWebExchange exchange) {
        if (e.getMethodParameter() != null && e.getMethodParameter().getParameterName() != null
                && !e.getMethodParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)) {
            // a query or path value of the wrong type, e.g. limit=-2147483649
            return badRequest(exchange, List.of(Map.of("field", e.getMethodParameter().getParameterName(),
                    "message", Problems.text(exchange, "gateway.wrong-type-or-range"))));
        }
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof tools.jackson.core.JacksonException)) {
            cause = cause.getCause();
        }
        if (cause instanceof tools.jackson.core.JacksonException json && !json.getPath().isEmpty()) {
            String field = json.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName()
                    : String.valueOf(r.getIndex())).collect(java.util.stream.Collectors.joining("."));
            return badRequest(exchange, List.of(Map.of("field", field, "message",
                    Problems.text(exchange, "gateway.wrong-type"))));
        }
        return badRequest(exchange, List.of(Map.of("field", "body", "message",
                Problems.text(exchange, "gateway.invalid-json"))));
    }

    @ExceptionHandler(MongoException.class)
    ProblemDetail storeUnavailable(MongoException e, ServerWebExchange exchange) {
        log.error("gateway database unavailable: {}", e.toString());
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                Problems.text(exchange, "gateway.store-unavailable"));
    }

    private static ProblemDetail badRequest(ServerWebExchange exchange, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                Problems.text(exchange, "gateway.invalid-data"));
        problem.setProperty("errors", errors);
        return problem;
    }
}

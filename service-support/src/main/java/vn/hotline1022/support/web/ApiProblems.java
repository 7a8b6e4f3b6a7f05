package vn.hotline1022.support.web;

import com.mongodb.MongoException;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every error leaves every service as RFC 9457 problem+json with a stable {@code code}; a bad value names its field
 * in {@code errors}; texts are Vietnamese, English by {@code Accept-Language}; never a stack trace. Ordered last, so
 * a service's own advice for its domain exceptions is asked first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
@RequiredArgsConstructor
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final ProblemResponses responses;

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException e) {
        return responses.badRequest(List.of(responses.textFieldError(e.field(), e.code(), e.text(responses.english()))));
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> api(ApiException e) {
        return responses.textProblem(e.status(), e.code(), e.text(responses.english()));
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Object> status(ResponseStatusException e) {
        int status = e.getStatusCode().value();
        return responses.problem(status, status == 404 ? "not-found" : status == 403 ? "forbidden" : "status-" + status,
                e.getReason());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return responses.badRequest(List.of(responses.fieldError(e.getName(), "wrong-type", null)));
    }

    @ExceptionHandler(MongoException.class)
    ResponseEntity<Object> storeUnavailable(MongoException e) {
        log.error("database unavailable: {}", e.toString());
        return responses.problem(503, "store-unavailable", null);
    }

    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    ResponseEntity<Object> rejected(RuntimeException e) {
        // the security firewall refuses a parameter name or value when a handler first reads it
        log.info("request refused by the firewall: {}", e.getMessage());
        return responses.problem(400, "invalid-data", null);
    }

    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<Object> unparsableParameters(org.apache.tomcat.util.http.InvalidParameterException e) {
        // Tomcat parses form parameters lazily and refuses oversize or malformed ones when a handler first asks
        log.info("request parameters refused: {}", e.getMessage());
        return String.valueOf(e.getMessage()).contains("too big") ? responses.problem(413, "request-too-large", null)
                : responses.problem(400, "invalid-data", null);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> illegalArgument(IllegalArgumentException e) {
        // reached only by values no validator foresaw (a malformed header, a bad enum in a path): the client's fault
        log.warn("request refused: {}", e.toString());
        return responses.problem(400, "invalid-data", null);
    }

    /** Last resort: an unforeseen failure still answers problem+json, with no internals, and is logged in full. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("unexpected error", e);
        return responses.problem(500, "unexpected", null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        List<org.springframework.validation.FieldError> fields = new ArrayList<>(e.getBindingResult().getFieldErrors());
        // the validator reports in no fixed order; a person reads them in the order of the request's fields
        fields.sort(java.util.Comparator.comparingInt(f -> FieldOrder.of(e.getBindingResult().getTarget(), f.getField())));
        fields.forEach(f -> errors.add(responses.constraintError(f.getField(),
                f.getDefaultMessage(), f.getRejectedValue())));
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.add(responses.constraintError(g.getObjectName(),
                g.getDefaultMessage(), null)));
        return responses.badRequest(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> errors.add(responses.constraintError(
                r.getMethodParameter().getParameterName(), err.getDefaultMessage(), r.getArgument()))));
        return responses.badRequest(errors);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return responses.badRequest(List.of(responses.fieldError(e.getParameterName(), "required", null)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = "body";
        if (e.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            field = json.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName()
                    : String.valueOf(r.getIndex())).collect(Collectors.joining("."));
        }
        return responses.badRequest(List.of(responses.fieldError(field, "body".equals(field) ? "invalid-json" : "wrong-type", null)));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest webRequest) {
        // the framework's own 4xx (media type, method, missing path, size): same shape and language as ours
        int status = statusCode.value();
        String code = e instanceof HttpMediaTypeNotSupportedException ? "unsupported-media-type"
                : e instanceof HttpMediaTypeNotAcceptableException ? "not-acceptable"
                : e instanceof HttpRequestMethodNotSupportedException ? "method-not-allowed"
                : e instanceof NoHandlerFoundException || e instanceof NoResourceFoundException ? "no-such-path"
                : e instanceof MaxUploadSizeExceededException ? "request-too-large"
                : e instanceof MissingRequestHeaderException ? "required"
                : status >= 500 ? "unexpected" : "invalid-data";
        if (status >= 500) {
            log.error("request failed", e);
        }
        ResponseEntity<Object> problem = e instanceof MissingRequestHeaderException header
                ? responses.badRequest(List.of(responses.fieldError(header.getHeaderName(), code, null))) : responses.problem(status, code, null);
        HttpHeaders merged = new HttpHeaders();
        merged.putAll(problem.getHeaders());
        if (headers != null) {
            headers.forEach((name, values) -> { if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) merged.put(name, values); });
        }
        return new ResponseEntity<>(problem.getBody(), merged, problem.getStatusCode());
    }
}

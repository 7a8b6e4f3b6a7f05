package vn.hotline1022.support.web;

import com.mongodb.MongoException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
import java.util.LinkedHashMap;
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
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final HttpServletRequest request;

    public ApiProblems(HttpServletRequest request) {
        this.request = request;
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException e) {
        return badRequest(List.of(textFieldError(e.field(), e.code(), e.text(english()))));
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> api(ApiException e) {
        return textProblem(e.status(), e.code(), e.text(english()));
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Object> status(ResponseStatusException e) {
        int status = e.getStatusCode().value();
        return problem(status, status == 404 ? "not-found" : status == 403 ? "forbidden" : "status-" + status,
                e.getReason());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return badRequest(List.of(fieldError(e.getName(), "wrong-type", null)));
    }

    @ExceptionHandler(MongoException.class)
    ResponseEntity<Object> storeUnavailable(MongoException e) {
        log.error("database unavailable: {}", e.toString());
        return problem(503, "store-unavailable", null);
    }

    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    ResponseEntity<Object> rejected(RuntimeException e) {
        // the security firewall refuses a parameter name or value when a handler first reads it
        log.info("request refused by the firewall: {}", e.getMessage());
        return problem(400, "invalid-data", null);
    }

    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<Object> unparsableParameters(org.apache.tomcat.util.http.InvalidParameterException e) {
        // Tomcat parses form parameters lazily and refuses oversize or malformed ones when a handler first asks
        log.info("request parameters refused: {}", e.getMessage());
        return String.valueOf(e.getMessage()).contains("too big") ? problem(413, "request-too-large", null)
                : problem(400, "invalid-data", null);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> illegalArgument(IllegalArgumentException e) {
        // reached only by values no validator foresaw (a malformed header, a bad enum in a path): the client's fault
        log.warn("request refused: {}", e.toString());
        return problem(400, "invalid-data", null);
    }

    /** Last resort: an unforeseen failure still answers problem+json, with no internals, and is logged in full. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("unexpected error", e);
        return problem(500, "unexpected", null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.add(constraintError(f.getField(),
                f.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.add(constraintError(g.getObjectName(),
                g.getDefaultMessage())));
        return badRequest(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> errors.add(constraintError(
                r.getMethodParameter().getParameterName(), err.getDefaultMessage()))));
        return badRequest(errors);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return badRequest(List.of(fieldError(e.getParameterName(), "required", null)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = "body";
        if (e.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            field = json.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName()
                    : String.valueOf(r.getIndex())).collect(Collectors.joining("."));
        }
        return badRequest(List.of(fieldError(field, "body".equals(field) ? "invalid-json" : "wrong-type", null)));
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
                ? badRequest(List.of(fieldError(header.getHeaderName(), code, null))) : problem(status, code, null);
        HttpHeaders merged = new HttpHeaders();
        merged.putAll(problem.getHeaders());
        if (headers != null) {
            headers.forEach((name, values) -> { if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) merged.put(name, values); });
        }
        return new ResponseEntity<>(problem.getBody(), merged, problem.getStatusCode());
    }

    /** The request path as sent (still encoded); Spring's own URI.create of a decoded path fails on some inputs. */
    private java.net.URI instance() {
        try {
            return java.net.URI.create(request.getRequestURI());
        } catch (RuntimeException unusable) {
            return java.net.URI.create(org.springframework.web.util.UriUtils.encodePath(request.getRequestURI(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private boolean english() {
        return ProblemMessages.english(request);
    }

    /**
     * A problem whose detail is the bundle's text for {@code code}; {@code message} is kept only where the bundle
     * has no Vietnamese text for the code (a caller's own wording).
     */
    public ResponseEntity<Object> problem(int status, String code, String message) {
        boolean english = english();
        String text = ProblemMessages.text(code, english);
        return textProblem(status, code, english && text != null ? text : message != null ? message : text);
    }

    /** A problem whose detail is the bundle's text for {@code messageCode}, in the client's language. */
    public ResponseEntity<Object> messageProblem(int status, String code, String messageCode, Object... args) {
        String text = ProblemMessages.text(messageCode, english(), args);
        return textProblem(status, code, text != null ? text : ProblemMessages.text(code, english()));
    }

    /** A field error whose message is the bundle's text for {@code messageCode}, in the client's language. */
    public Map<String, String> messageFieldError(String field, String code, String messageCode, Object... args) {
        String text = ProblemMessages.text(messageCode, english(), args);
        return textFieldError(field, code, text != null ? text : ProblemMessages.text(code, english()));
    }

    /** A constraint's message is a bundle code ({@code message = "intake.call.question.required"}) or a text. */
    private Map<String, String> constraintError(String field, String message) {
        return ProblemMessages.knows(message) ? messageFieldError(field, "invalid-field", message)
                : fieldError(field, "invalid-field", message);
    }

    private ResponseEntity<Object> textProblem(int status, String code, String detail) {
        boolean english = english();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        String title = ProblemMessages.title(status, english);
        if (title != null) {
            problem.setTitle(title);
        }
        problem.setProperty("code", code);
        problem.setInstance(instance());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A field error with the bundle's text for {@code code}, or {@code message} where the bundle has none. */
    public Map<String, String> fieldError(String field, String code, String message) {
        boolean english = english();
        String text = ProblemMessages.text(code, english);
        return textFieldError(field, code, english && text != null ? text : message != null ? message : text);
    }

    private Map<String, String> textFieldError(String field, String code, String text) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field == null ? "body" : field);
        error.put("code", code);
        error.put("message", text);
        return error;
    }

    public ResponseEntity<Object> badRequest(List<Map<String, String>> errors) {
        boolean english = english();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                ProblemMessages.text("invalid-data", english) + ": "
                        + errors.stream().map(e -> e.get("field")).distinct().toList());
        problem.setTitle(ProblemMessages.title(400, english));
        problem.setProperty("code", "invalid-data");
        problem.setProperty("errors", errors);
        problem.setInstance(instance());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

}

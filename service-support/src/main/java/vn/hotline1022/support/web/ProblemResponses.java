package vn.hotline1022.support.web;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the problem+json answers of {@link ApiProblems} and of a service's own exception handlers: RFC 9457 with
 * a stable {@code code}, field errors in {@code errors}, texts from the message bundle in the client's language.
 */
@RequiredArgsConstructor
public class ProblemResponses {

    private final HttpServletRequest request;

    /** The request path as sent (still encoded); Spring's own URI.create of a decoded path fails on some inputs. */
    private java.net.URI instance() {
        try {
            return java.net.URI.create(request.getRequestURI());
        } catch (RuntimeException unusable) {
            return java.net.URI.create(org.springframework.web.util.UriUtils.encodePath(request.getRequestURI(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public boolean english() {
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

    /**
     * A constraint's message is a bundle code ({@code message = "intake.call.question.required"}) or a text; a
     * bundle text may show the refused value as {@code {0}}.
     */
    Map<String, String> constraintError(String field, String message, Object rejected) {
        return ProblemMessages.knows(message) ? messageFieldError(field, "invalid-field", message, rejected)
                : fieldError(field, "invalid-field", message);
    }

    ResponseEntity<Object> textProblem(int status, String code, String detail) {
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

    Map<String, String> textFieldError(String field, String code, String text) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field == null ? "body" : field);
        error.put("code", code);
        error.put("message", text);
        return error;
    }

    /**
     * The detail is read by a person (the console shows it when a field has no input of its own), so it names the
     * fields in words; {@code errors[].field} keeps the path for programs.
     */
    public ResponseEntity<Object> badRequest(List<Map<String, String>> errors) {
        boolean english = english();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                ProblemMessages.text("invalid-data", english) + ": " + String.join(", ", errors.stream()
                        .map(e -> FieldLabels.of(e.get("field"), english)).distinct().toList()));
        problem.setTitle(ProblemMessages.title(400, english));
        problem.setProperty("code", "invalid-data");
        problem.setProperty("errors", errors);
        problem.setInstance(instance());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

package vn.hotline1022.intake.infra.web;

import com.mongodb.MongoException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import vn.hotline1022.intake.call.IdempotencyKeyReusedException;
import vn.hotline1022.intake.call.domain.CallAlreadyClosedException;
import vn.hotline1022.intake.call.domain.CallNotFoundException;
import vn.hotline1022.intake.domain.InvalidValueException;
import vn.hotline1022.intake.infra.security.ForbiddenException;

import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;

/**
 * Every error leaves as RFC 9457 problem+json; a bad value names its field in {@code errors} with a message an
 * operator can read (Vietnamese first), never a stack trace.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e) {
        return badRequest(List.of(fieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalidValue(InvalidValueException e) {
        return badRequest(List.of(fieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler({CallNotFoundException.class, NotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "Not Found", e.getMessage());
    }

    @ExceptionHandler({CallAlreadyClosedException.class, ConflictException.class})
    ProblemDetail conflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail idempotencyKeyReused(IdempotencyKeyReusedException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable Content", e.getMessage());
        problem.setProperty("errors", List.of(fieldError("Idempotency-Key", e.getMessage())));
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return badRequest(List.of(fieldError(e.getName(), "Giá trị không hợp lệ: " + e.getValue())));
    }

    /** Last resort: an unforeseen failure still answers problem+json, with no internals, and is logged in full. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected error", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Lỗi hệ thống ngoài dự kiến; yêu cầu chưa hoàn tất. Vui lòng thử lại hoặc báo bộ phận kỹ thuật.");
        problem.setTitle("Internal Server Error");
        return problem;
    }

    @ExceptionHandler(MongoException.class)
    ProblemDetail storeUnavailable(MongoException e) {
        log.error("database unavailable: {}", e.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Cơ sở dữ liệu tạm thời không truy cập được; chưa có gì được lưu. Vui lòng thử lại.");
        problem.setTitle("Service Unavailable");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> fieldError(f.getField(), f.getDefaultMessage())).toList();
        return ResponseEntity.badRequest().body(badRequest(errors));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(badRequest(List.of(fieldError(e.getParameterName(), "Bắt buộc nhập"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = "body";
        if (e.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            field = json.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName()
                    : String.valueOf(r.getIndex())).collect(Collectors.joining("."));
        }
        String message = "body".equals(field) ? "Nội dung yêu cầu không đọc được (JSON sai định dạng)"
                : "Giá trị không đúng kiểu hoặc định dạng";
        return ResponseEntity.badRequest().body(badRequest(List.of(fieldError(field, message))));
    }

    static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", message == null ? "Giá trị không hợp lệ" : message);
    }

    static ProblemDetail badRequest(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Dữ liệu không hợp lệ: " + errors.stream().map(e -> e.get("field")).distinct().toList());
        problem.setTitle("Bad Request");
        problem.setProperty("errors", errors);
        return problem;
    }
}

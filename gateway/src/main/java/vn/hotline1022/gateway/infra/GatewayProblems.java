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
import org.springframework.web.server.ServerWebInputException;

import java.util.List;
import java.util.Map;

/** The gateway's own APIs (auth, users, audit) answer errors as problem+json naming the field, in Vietnamese. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class GatewayProblems {

    private static final Logger log = LoggerFactory.getLogger(GatewayProblems.class);

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e) {
        return badRequest(List.of(Map.of("field", e.field(), "message", e.getMessage())));
    }

    @ExceptionHandler(WebExchangeBindException.class)
    ProblemDetail invalidBody(WebExchangeBindException e) {
        return badRequest(e.getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage()))).toList());
    }

    @ExceptionHandler(ServerWebInputException.class)
    ProblemDetail unreadable(ServerWebInputException e) {
        if (e.getMethodParameter() != null && e.getMethodParameter().getParameterName() != null
                && !e.getMethodParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)) {
            // a query or path value of the wrong type, e.g. limit=-2147483649
            return badRequest(List.of(Map.of("field", e.getMethodParameter().getParameterName(),
                    "message", "Giá trị không đúng kiểu hoặc vượt giới hạn.")));
        }
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof tools.jackson.core.JacksonException)) {
            cause = cause.getCause();
        }
        if (cause instanceof tools.jackson.core.JacksonException json && !json.getPath().isEmpty()) {
            String field = json.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName()
                    : String.valueOf(r.getIndex())).collect(java.util.stream.Collectors.joining("."));
            return badRequest(List.of(Map.of("field", field, "message", "Giá trị không đúng kiểu hoặc định dạng.")));
        }
        return badRequest(List.of(Map.of("field", "body", "message", "Nội dung yêu cầu không đọc được (JSON không hợp lệ).")));
    }

    @ExceptionHandler(MongoException.class)
    ProblemDetail storeUnavailable(MongoException e) {
        log.error("gateway database unavailable: {}", e.toString());
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Cơ sở dữ liệu tạm thời không truy cập được. Vui lòng thử lại.");
    }

    private static ProblemDetail badRequest(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Dữ liệu gửi lên không hợp lệ.");
        problem.setProperty("errors", errors);
        return problem;
    }
}

package vn.hotline1022.support.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.hotline1022.support.http.ProblemJson;

import java.io.IOException;

/**
 * Writes problem+json outside Spring MVC (security handlers, request filters, the container's own errors), with
 * the same shape and texts as {@link ProblemResponses}.
 */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String code,
                             String field) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        boolean english = ProblemMessages.english(request);
        String detail = ProblemMessages.text(code, english);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json(status, code, detail, field, english));
        response.flushBuffer();
    }

    /** The problem code of an error the container or the framework answered by status alone. */
    public static String codeOf(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "no-such-path";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413, 414, 431 -> "request-too-large";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "unexpected" : "invalid-data";
        };
    }

    public static String json(int status, String code, String detail, String field, boolean english) {
        return ProblemJson.of(status, ProblemMessages.title(status, english), code, detail, field);
    }
}

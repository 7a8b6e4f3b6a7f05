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

    public static String json(int status, String code, String detail, String field, boolean english) {
        return ProblemJson.of(status, ProblemMessages.title(status, english), code, detail, field);
    }
}

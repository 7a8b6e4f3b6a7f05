package vn.hotline1022.support.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
        String title = ProblemMessages.title(status, english);
        StringBuilder out = new StringBuilder(256).append("{\"type\":\"about:blank\",\"title\":");
        quote(out, title == null ? String.valueOf(status) : title);
        out.append(",\"status\":").append(status).append(",\"code\":");
        quote(out, code);
        out.append(",\"detail\":");
        quote(out, detail == null ? "" : detail);
        if (field != null) {
            out.append(",\"errors\":[{\"field\":");
            quote(out, field);
            out.append(",\"code\":");
            quote(out, code);
            out.append(",\"message\":");
            quote(out, detail == null ? "" : detail);
            out.append("}]");
        }
        return out.append('}').toString();
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

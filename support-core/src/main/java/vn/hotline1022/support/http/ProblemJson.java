package vn.hotline1022.support.http;

/**
 * The RFC 9457 body written where no JSON mapper is at hand (security handlers, request filters, the container's
 * error pages, the gateway's Netty guard and filters): one shape and one escaping for both web stacks.
 */
public final class ProblemJson {

    private ProblemJson() {
    }

    /**
     * @param code  the stable problem code clients key on; left out when null (the gateway's own filters send none)
     * @param field the one field the problem names (an {@code errors} entry); none when null
     */
    public static String of(int status, String title, String code, String detail, String field) {
        StringBuilder out = new StringBuilder(256).append("{\"type\":\"about:blank\",\"title\":");
        quote(out, title == null ? String.valueOf(status) : title);
        out.append(",\"status\":").append(status);
        if (code != null) {
            out.append(",\"code\":");
            quote(out, code);
        }
        out.append(",\"detail\":");
        quote(out, detail == null ? "" : detail);
        if (field != null) {
            out.append(",\"errors\":[{\"field\":");
            quote(out, field);
            if (code != null) {
                out.append(",\"code\":");
                quote(out, code);
            }
            out.append(",\"message\":");
            quote(out, detail == null ? "" : detail);
            out.append("}]");
        }
        return out.append('}').toString();
    }

    /** A JSON string; {@code <} and {@code >} escaped too, so no body can be read as markup. */
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

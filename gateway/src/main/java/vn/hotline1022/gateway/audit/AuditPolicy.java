package vn.hotline1022.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which requests are audited, and under which action name. Pure, so it is unit-tested without a server. */
public final class AuditPolicy {

    private static final Pattern HISTORY = Pattern.compile("^/api/callers/([^/]+)/history/?$");

    private AuditPolicy() {
    }

    /** @return CALLER_HISTORY_VIEW, KNOWLEDGE_CHANGE, DIRECTORY_CHANGE, ESCALATION_CHANGE, USER_CHANGE, or empty */
    public static Optional<String> action(String method, String path) {
        boolean read = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
        if (read) {
            return HISTORY.matcher(path).matches() ? Optional.of("CALLER_HISTORY_VIEW") : Optional.empty();
        }
        if (path.startsWith("/api/knowledge/") && !path.endsWith("/used")) {
            return Optional.of("KNOWLEDGE_CHANGE");
        }
        if (path.startsWith("/api/routing/")) {
            return Optional.of("DIRECTORY_CHANGE");
        }
        if (path.startsWith("/api/callers/flags")) {
            return Optional.of("CALLER_FLAG_CHANGE");
        }
        if (path.startsWith("/api/auth/users")) {
            return Optional.of("USER_CHANGE");
        }
        return Optional.empty();
    }

    /** The caller number of a history view, hashed after keeping only its last 9 digits (any accepted format). */
    public static String phoneHashOfPath(String path) {
        Matcher m = HISTORY.matcher(path);
        return m.matches() ? phoneHash(java.net.URLDecoder.decode(m.group(1), StandardCharsets.UTF_8)) : null;
    }

    public static String phoneHash(String number) {
        String digits = number.replaceAll("\\D", "");
        if (digits.length() < 9) {
            return null;
        }
        String national = digits.substring(digits.length() - 9);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(national.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

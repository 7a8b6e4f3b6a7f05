package vn.hotline1022.support.web;

import jakarta.servlet.http.HttpServletRequest;
import vn.hotline1022.contracts.text.Messages;

import java.util.Set;

/**
 * The texts of server errors, Vietnamese by default and English when the client prefers it
 * ({@code Accept-Language: en…}), from the message bundle ({@link Messages}: the generic problem codes of
 * problems_vi/en.properties here and each service's own message codes).
 */
public final class ProblemMessages {

    private ProblemMessages() {
    }

    public static boolean english(HttpServletRequest request) {
        if (request == null) {
            return false;
        }
        return Messages.english(request.getHeader("Accept-Language"));
    }

    /** The text for a code; null when the bundle has none (the caller keeps its own message). */
    public static String text(String code, boolean english) {
        return Messages.text(code, english);
    }

    /** The text for a code with its arguments filled in; null when the bundle has none. */
    public static String text(String code, boolean english, Object... args) {
        return Messages.text(code, english, args);
    }

    /** Whether the Vietnamese bundle (the default, so the complete one) knows the code. */
    public static boolean knows(String code) {
        return Messages.knows(code);
    }

    /** All codes of one language, for the test that every code is in both bundles. */
    public static Set<String> codes(boolean english) {
        return Messages.codes(english);
    }

    public static String title(int status, boolean english) {
        return text("status." + status, english);
    }
}

package vn.hotline1022.support.web;

import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The texts of server errors, Vietnamese by default and English when the client prefers it
 * ({@code Accept-Language: en…}); keyed by the stable problem code (problems_vi/en.properties).
 */
public final class ProblemMessages {

    private static final Properties VI = load("/hotline/problems_vi.properties");
    private static final Properties EN = load("/hotline/problems_en.properties");

    private ProblemMessages() {
    }

    public static boolean english(HttpServletRequest request) {
        if (request == null) {
            return false;
        }
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return false;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("vi")) {
                    return false;
                }
                if (tag.startsWith("en")) {
                    return true;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return false;
    }

    /** The text for a code; null when the bundle has none (the caller keeps its own message). */
    public static String text(String code, boolean english) {
        String text = english ? EN.getProperty(code) : null;
        return text != null ? text : VI.getProperty(code);
    }

    public static String title(int status, boolean english) {
        return text("status." + status, english);
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ProblemMessages.class.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}

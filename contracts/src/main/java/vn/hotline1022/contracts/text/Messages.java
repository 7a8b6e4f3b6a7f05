package vn.hotline1022.contracts.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Properties;
import java.util.Set;

/**
 * The texts clients read in problems, Vietnamese (the default) and English, keyed by stable codes: the shared
 * problem codes ({@code hotline/problems_vi/en.properties}, service-support) and each service's message codes
 * ({@code hotline/messages_vi/en.properties} in the service, merged from the classpath so a service owns its
 * texts). Plain Java, so a service's domain can name a code and still log a readable message.
 * {@code {0}}, {@code {1}}… stand for arguments, inserted as they are (no number or date formatting, so a text
 * stays byte-identical to the concatenation it replaced); other braces stay as written.
 */
public final class Messages {

    private static final Properties VI = load("vi");
    private static final Properties EN = load("en");

    private Messages() {
    }

    /** The text for a code with its arguments filled in, English only if asked and known; null if unknown. */
    public static String text(String code, boolean english, Object... args) {
        if (code == null) {
            return null;
        }
        String text = english ? EN.getProperty(code) : null;
        if (text == null) {
            text = VI.getProperty(code);
        }
        return text == null || args == null || args.length == 0 ? text : fill(text, args);
    }

    /** The Vietnamese text, or the code and its arguments when the bundle has none (never null, for logs). */
    public static String vietnamese(String code, Object... args) {
        String text = text(code, false, args);
        if (text != null) {
            return text;
        }
        return code + (args == null || args.length == 0 ? "" : " " + java.util.Arrays.toString(args));
    }

    /** Whether an {@code Accept-Language} header prefers English over Vietnamese (Vietnamese when in doubt). */
    public static boolean english(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        try {
            for (java.util.Locale.LanguageRange range : java.util.Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(java.util.Locale.ROOT);
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

    public static boolean knows(String code) {
        return code != null && VI.containsKey(code);
    }

    public static Set<String> codes(boolean english) {
        return (english ? EN : VI).stringPropertyNames();
    }

    private static String fill(String text, Object[] args) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i + 1 && text.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(text.substring(i + 1, close));
                out.append(index < args.length ? String.valueOf(args[index]) : text.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static Properties load(String language) {
        Properties properties = new Properties();
        ClassLoader loader = Messages.class.getClassLoader();
        try {
            for (String name : new String[] {"hotline/problems_" + language + ".properties",
                    "hotline/messages_" + language + ".properties"}) {
                for (URL url : Collections.list(loader.getResources(name))) {
                    try (InputStream in = url.openStream()) {
                        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}

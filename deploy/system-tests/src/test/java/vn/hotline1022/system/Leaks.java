package vn.hotline1022.system;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person should never have to read on a screen: a code (UNIT_CODE-like), a UUID, or a console message key
 * that has no translation (camelCase, or a prefixed key such as tl_CLOSED).
 */
final class Leaks {

    /** A unit's login name (unit-UBND_LA_GI) is what its staff type to sign in: a name to quote, not a leak. */
    private static final Pattern CODE = Pattern.compile("(?<!unit-)\\b[A-Z][A-Z0-9]+_[A-Z0-9_]+\\b");
    private static final Pattern UUID = Pattern.compile("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
    private static final Pattern KEY = Pattern.compile("\\b(?:[a-z]+[A-Z][A-Za-z]*|(?:tl|cb|cbr|ch)_[A-Z_]+)\\b");

    private Leaks() {
    }

    static List<String> in(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (Pattern p : List.of(CODE, UUID, KEY)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found.add(context(text, m.start(), m.end()));
            }
        }
        return new ArrayList<>(found);
    }

    private static String context(String text, int start, int end) {
        int from = Math.max(0, text.lastIndexOf('\n', start) + 1);
        int to = text.indexOf('\n', end);
        String line = text.substring(from, to < 0 ? text.length() : to);
        return text.substring(start, end) + "  ←  " + (line.length() > 120 ? line.substring(0, 120) + "…" : line);
    }
}

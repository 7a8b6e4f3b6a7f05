package vn.hotline1022.support.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field's path ({@code hotlines[1].number}) as a person reads it ("Đường dây nóng 2 › Số điện thoại"), from the
 * bundles' {@code field.<name>} texts; a segment without a text keeps its name, so nothing is ever hidden.
 */
final class FieldLabels {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)((?:\\[\\d{1,9}\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");

    private FieldLabels() {
    }

    static String of(String path, boolean english) {
        if (path == null || path.isBlank()) {
            return word("body", english);
        }
        List<String> parts = new ArrayList<>();
        Matcher segment = SEGMENT.matcher(path);
        while (segment.find()) {
            StringBuilder part = new StringBuilder(word(segment.group(1), english));
            Matcher index = INDEX.matcher(segment.group(2));
            while (index.find()) {
                part.append(' ').append(Long.parseLong(index.group(1)) + 1);
            }
            parts.add(part.toString());
        }
        return parts.isEmpty() ? path : String.join(" › ", parts);
    }

    private static String word(String name, boolean english) {
        String text = ProblemMessages.text("field." + name, english);
        return text != null ? text : name;
    }
}

package vn.hotline1022.knowledge.importing;

import java.util.List;
import java.util.Map;

/** One row of an import file before validation: column → text or list of texts; line as the user sees it. */
record RawRow(int line, Map<String, Object> values) {

    String text(String column) {
        Object value = values.get(column);
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : String.valueOf(list.get(0));
        }
        return value == null ? null : value.toString();
    }

    /** A list column: a JSON array, or text separated by ";" or "|" (CSV and spreadsheet cells). */
    List<String> list(String column) {
        Object value = values.get(column);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (value == null || value.toString().isBlank()) {
            return List.of();
        }
        return List.of(value.toString().split("[;|]"));
    }
}

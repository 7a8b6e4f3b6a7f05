package vn.hotline1022.reporting.export;

import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One CSV with a "section" column, so a spreadsheet filter recovers each table. Starts with a UTF-8 byte order
 * mark: without it Excel shows Vietnamese diacritics as mojibake.
 */
@Component
public class CsvExport {

    public byte[] render(List<Table> tables) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (Table t : tables) {
            csv.append(row(concat("Mục", t.headers()))).append("\r\n");
            for (List<Object> r : t.rows()) {
                csv.append(row(concat(t.title(), r))).append("\r\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<Object> concat(Object first, List<?> rest) {
        List<Object> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static String row(List<Object> cells) {
        return cells.stream().map(CsvExport::cell).collect(Collectors.joining(","));
    }

    /** Quotes when needed, and defuses cells a spreadsheet would run as a formula (free-text search queries). */
    static String cell(Object value) {
        String s = value == null ? "" : value instanceof java.time.LocalDate d
                ? d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) : value.toString();
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}

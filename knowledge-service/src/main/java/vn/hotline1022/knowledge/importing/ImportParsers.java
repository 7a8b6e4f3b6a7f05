package vn.hotline1022.knowledge.importing;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.knowledge.infra.LineError;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads NDJSON, CSV (RFC 4180, header row) and XLSX (first sheet, header row) into {@link RawRow}s. */
final class ImportParsers {

    enum Format { NDJSON, CSV, XLSX }

    private ImportParsers() {
    }

    static ParsedFile parse(Format format, byte[] body, JsonMapper json) {
        return switch (format) {
            case NDJSON -> ndjson(new String(body, StandardCharsets.UTF_8), json);
            case CSV -> table(Csv.parse(stripBom(new String(body, StandardCharsets.UTF_8))));
            case XLSX -> table(xlsx(body));
        };
    }

    private static ParsedFile ndjson(String text, JsonMapper json) {
        List<RawRow> rows = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        String[] lines = stripBom(text).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                JsonNode node = json.readTree(lines[i]);
                if (!node.isObject()) {
                    errors.add(LineError.of(i + 1, null, "line", "knowledge.line.not-an-object"));
                    continue;
                }
                Map<String, Object> values = new LinkedHashMap<>();
                for (var field : node.properties()) {
                    JsonNode v = field.getValue();
                    values.put(field.getKey(), v.isArray() ? toList(v) : v.isNull() ? null : v.asString());
                }
                rows.add(new RawRow(i + 1, values));
            } catch (JacksonException e) {
                errors.add(LineError.of(i + 1, null, "line", "knowledge.line.json-malformed"));
            }
        }
        return new ParsedFile(rows, errors);
    }

    private static List<String> toList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asString()));
        return out;
    }

    /** First row names the columns; each further non-empty row becomes a RawRow numbered as the user sees it. */
    private static ParsedFile table(List<List<String>> table) {
        List<RawRow> rows = new ArrayList<>();
        if (table.isEmpty()) {
            throw new UnreadableFileException("knowledge.import.no-header");
        }
        List<String> header = table.get(0).stream().map(h -> h == null ? "" : h.trim()).toList();
        if (header.stream().noneMatch(h -> h.equalsIgnoreCase("externalId"))) {
            // a file that is not our table (a letter, a picture renamed .csv) says so instead of "0 rows imported"
            String seen = String.join(", ", header.stream().filter(h -> !h.isEmpty()).limit(5).toList());
            throw seen.isEmpty() ? new UnreadableFileException("knowledge.import.not-a-table")
                    : new UnreadableFileException("knowledge.import.not-a-table.first-row",
                            seen.length() > 120 ? seen.substring(0, 120) + "…" : seen);
        }
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < cells.size(); c++) {
                if (!header.get(c).isEmpty()) {
                    values.put(header.get(c), cells.get(c));
                }
            }
            rows.add(new RawRow(r + 1, values));
        }
        return new ParsedFile(rows, List.of());
    }

    private static List<List<String>> xlsx(byte[] body) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> table = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? null : formatter.formatCellValue(cell));
                    }
                }
                table.add(cells);
            }
            return table;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("knowledge.import.xlsx-unreadable", e.getMessage());
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The file as a whole cannot be imported: answered as a 400 on the body, in the client's language. */
    static final class UnreadableFileException extends vn.hotline1022.support.web.InvalidFieldException {
        UnreadableFileException(String messageCode, Object... args) {
            super("body", messageCode, args);
        }
    }
}

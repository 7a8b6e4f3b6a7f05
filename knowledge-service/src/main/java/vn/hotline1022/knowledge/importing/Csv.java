package vn.hotline1022.knowledge.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV read by Commons CSV: quoted fields may hold commas, doubled quotes and line breaks; "," or ";" as
 * separator. Lenient where desks' files are sloppy: a file ending inside a quoted field keeps what it has, and a
 * quote inside an unquoted field is kept as written.
 */
final class Csv {

    private Csv() {
    }

    static List<List<String>> parse(String text) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(detectSeparator(text))
                .setLenientEof(true).setTrailingData(true).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String: not expected
        }
        return rows;
    }

    /** Excel in a Vietnamese locale saves CSV with ";" — the header line tells which one is used. */
    private static char detectSeparator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.chars().filter(ch -> ch == ';').count() > header.chars().filter(ch -> ch == ',').count() ? ';' : ',';
    }
}

package vn.hotline1022.reporting.export;

import java.util.List;

/** One titled table of an export: a sheet in XLSX, a section of rows in CSV. */
public record Table(String title, List<String> headers, List<List<Object>> rows) {
}

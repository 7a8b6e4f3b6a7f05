package vn.hotline1022.reporting.summary;

import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hotline1022.reporting.range.ReportDays;
import vn.hotline1022.reporting.export.CsvExport;
import vn.hotline1022.reporting.export.XlsxExport;

import java.time.LocalDate;

@RestController
@RequestMapping("/api/reports")
@RequiredArgsConstructor
class SummaryController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SummaryQuery query;
    private final CsvExport csv;
    private final XlsxExport xlsx;
    private final vn.hotline1022.reporting.units.UnitDirectoryStore units;
    private final vn.hotline1022.reporting.reference.ReferenceNames reference;

    private ExportNames names() {
        return new ExportNames(units.names(), reference.topics(), reference.localities());
    }

    @GetMapping("/summary")
    Summary summary(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return query.summary(from, ReportDays.checked(from, to));
    }

    @GetMapping("/summary.csv")
    ResponseEntity<byte[]> summaryCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        byte[] body = csv.render(SummaryTables.of(query.summary(from, ReportDays.checked(from, to)), names()));
        return file(body, new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), from, to, "csv");
    }

    @GetMapping("/summary.xlsx")
    ResponseEntity<byte[]> summaryXlsx(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        byte[] body = xlsx.render(SummaryTables.of(query.summary(from, ReportDays.checked(from, to)), names()));
        return file(body, XLSX, from, to, "xlsx");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, LocalDate from, LocalDate to,
                                               String extension) {
        String name = "bao-cao-1022-" + from + "_" + to + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}

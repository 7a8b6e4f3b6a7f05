package vn.hotline1022.knowledge.usage;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.knowledge.infra.ImportWorker;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.knowledge.entry.Roles;
import vn.hotline1022.support.security.CurrentUserResolver;
import vn.hotline1022.support.web.InvalidFieldException;
import vn.hotline1022.support.web.NotFoundException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * Supervisors move a usage log in and out: an NDJSON import always runs in the background (202 + progress URL),
 * the export streams the log in the same line format, so one province's log can seed another's learning.
 */
@RestController
@RequiredArgsConstructor
class UsageController {

    static final String NDJSON = "application/x-ndjson";

    private final UsageImporter importer;
    private final UsageImportStore jobs;
    private final UsageStore usage;
    private final CurrentUserResolver users;
    private final JsonMapper json;
    private final ImportWorker worker;

    @PostMapping(path = "/api/knowledge/usage/import", consumes = NDJSON)
    ResponseEntity<UsageImportStarted> importLog(@RequestBody(required = false) byte[] body) {
        var user = Roles.require(users.current(), Roles.EDITORS);
        List<String> lines = lines(ImportWorker.requireFile(body));
        int total = (int) lines.stream().filter(l -> !l.isBlank()).count();
        if (total == 0) {
            throw new InvalidFieldException("body", "knowledge.usage-import.no-lines");
        }
        String id = jobs.start(total, user.username());
        worker.submit(() -> importer.run(id, lines, user.username()));
        return ResponseEntity.accepted().location(URI.create("/api/knowledge/usage/imports/" + id))
                .body(new UsageImportStarted(id, "RUNNING", total));
    }

    @GetMapping("/api/knowledge/usage/imports/{id}")
    UsageImportView progress(@PathVariable String id) {
        Roles.require(users.current(), Roles.EDITORS);
        return jobs.view(id).orElseThrow(() -> new NotFoundException("knowledge.usage-import.not-found", id));
    }

    /** Streamed straight from the cursor: a year of a province's log need not fit in memory. */
    @GetMapping("/api/knowledge/usage/export")
    void export(@RequestParam(defaultValue = "false") boolean includeRejected, HttpServletResponse response)
            throws IOException {
        Roles.require(users.current(), Roles.EDITORS);
        response.setContentType(NDJSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"usage-"
                + LocalDate.now(ZoneOffset.ofHours(7)) + ".ndjson\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
        for (UsageExportLine line : usage.exportable(includeRejected)) {
            out.write(json.writeValueAsString(line));
            out.write('\n');
        }
        out.flush();
    }

    static List<String> lines(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return Arrays.asList((text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r?\n", -1));
    }
}

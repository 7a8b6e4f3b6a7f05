package vn.hotline1022.knowledge.importing;

import lombok.RequiredArgsConstructor;
import vn.hotline1022.support.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.knowledge.KnowledgeProperties;
import vn.hotline1022.knowledge.infra.ImportWorker;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.knowledge.entry.Roles;
import vn.hotline1022.support.security.CurrentUserResolver;

import java.net.URI;

/**
 * Bulk import of the subcommittee's Q&amp;A lists. Small files are applied before the response; above
 * {@link KnowledgeProperties#importAsyncThreshold()} rows the answer is 202 with a progress URL.
 */
@RestController
@RequiredArgsConstructor
class ImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportService service;
    private final EntryImportStore jobs;
    private final CurrentUserResolver users;
    private final JsonMapper json;
    private final ImportWorker worker;
    private final KnowledgeProperties properties;

    @PostMapping(path = "/api/knowledge/import", consumes = {"application/x-ndjson", "text/csv", XLSX})
    ResponseEntity<ImportJobView> importFile(@RequestHeader("Content-Type") MediaType type,
                                             @RequestBody(required = false) byte[] body) {
        var user = Roles.require(users.current(), Roles.EDITORS);
        ImportWorker.requireFile(body);
        ImportParsers.Format format = type.isCompatibleWith(MediaType.parseMediaType("text/csv")) ? ImportParsers.Format.CSV
                : type.toString().startsWith(XLSX) ? ImportParsers.Format.XLSX : ImportParsers.Format.NDJSON;
        ParsedFile file = ImportParsers.parse(format, body, json); // an unreadable file answers 400 on the body
        String id = jobs.start(format.name(), file.rows().size() + file.errors().size(), user.username());
        URI location = URI.create("/api/knowledge/imports/" + id);
        if (file.rows().size() > properties.importAsyncThreshold()) {
            worker.submit(() -> service.run(id, file, user.username()));
            return ResponseEntity.accepted().location(location).body(jobs.view(id).orElseThrow());
        }
        service.run(id, file, user.username());
        return ResponseEntity.ok().location(location).body(jobs.view(id).orElseThrow());
    }

    @GetMapping("/api/knowledge/imports/{id}")
    ImportJobView progress(@PathVariable String id) {
        Roles.require(users.current(), Roles.EDITORS);
        return jobs.view(id).orElseThrow(() -> ApiException.ofStatus(HttpStatus.NOT_FOUND.value(), "knowledge.import.not-found", id));
    }
}

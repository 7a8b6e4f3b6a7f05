package vn.hotline1022.knowledge.usage;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.knowledge.domain.Entry;
import vn.hotline1022.knowledge.entry.EntryStore;
import vn.hotline1022.knowledge.infra.LineError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a usage log line by line: check the line, find its entry by code, insert the use unless it is already in
 * the log. Imported uses train the model only; they add no learned phrasing and no usage count, since nobody at
 * this desk read those answers out.
 */
@Service
@RequiredArgsConstructor
class UsageImporter {

    static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(UsageImporter.class);

    private final UsageStore usage;
    private final UsageImportStore jobs;
    private final EntryStore entries;
    private final JsonMapper json;

    void run(String jobId, List<String> lines, String by) {
        UsageImportStore.Counts counts = new UsageImportStore.Counts();
        List<LineError> errors = new ArrayList<>();
        Map<String, Optional<String>> entryIds = new HashMap<>();   // a log names the same entries again and again
        Instant now = Instant.now();
        try {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                apply(UsageLine.parse(i + 1, lines.get(i), json, now), jobId, by, counts, errors, entryIds);
                counts.processed++;
                if (counts.processed % BATCH == 0) {
                    jobs.progress(jobId, counts);
                }
            }
            jobs.finish(jobId, counts, errors, "DONE");
        } catch (RuntimeException e) {
            log.error("usage import {} failed after {} lines", jobId, counts.processed, e);
            jobs.finish(jobId, counts, errors, "FAILED");
        }
    }

    private void apply(UsageLine.Parsed parsed, String jobId, String by, UsageImportStore.Counts counts,
                       List<LineError> errors, Map<String, Optional<String>> entryIds) {
        if (parsed.usage() == null) {
            counts.failed++;
            keep(errors, parsed.errors());
            return;
        }
        UsageLine line = parsed.usage();
        Optional<String> entryId = entryIds.computeIfAbsent(line.externalId(), code -> entries.findByExternalId(code)
                .filter(entry -> !entry.deleted()).map(Entry::id));
        if (entryId.isEmpty()) {
            counts.failed++;
            keep(errors, List.of(LineError.of(line.line(), line.externalId(), "externalId",
                    "knowledge.usage-import.unknown-entry", line.externalId())));
            return;
        }
        if (usage.insertImported(line, entryId.get(), jobId, by)) {
            counts.imported++;
        } else {
            counts.duplicates++;
        }
    }

    /** Only the first errors are kept (the job document has to stay small); every failed line is still counted. */
    private static void keep(List<LineError> errors, List<LineError> more) {
        for (LineError e : more) {
            if (errors.size() < LineError.MAX_KEPT) {
                errors.add(e);
            }
        }
    }
}

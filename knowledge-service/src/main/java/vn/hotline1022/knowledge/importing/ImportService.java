package vn.hotline1022.knowledge.importing;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hotline1022.knowledge.domain.EntryOrigin;
import vn.hotline1022.knowledge.domain.FieldProblem;
import vn.hotline1022.knowledge.entry.EntryStore;
import vn.hotline1022.knowledge.indexing.IndexSync;
import vn.hotline1022.knowledge.infra.LineError;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies parsed rows: validate, upsert by externalId (never a duplicate), record per-row errors, report
 * progress every batch and refresh the search index once per batch, so searches keep running alongside.
 */
@Service
@RequiredArgsConstructor
class ImportService {

    static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final EntryStore entries;
    private final EntryImportStore jobs;
    private final IndexSync index;

    void run(String jobId, ParsedFile file, String by) {
        ImportCounts counts = new ImportCounts();
        List<LineError> errors = new ArrayList<>(file.errors());
        counts.failed = file.errors().size();
        List<String> touched = new ArrayList<>();
        try {
            for (RawRow row : file.rows()) {
                apply(row, by, counts, errors, touched);
                counts.processed++;
                if (counts.processed % BATCH == 0) {
                    index.reindexAll(touched);
                    touched.clear();
                    jobs.progress(jobId, counts);
                }
            }
            index.reindexAll(touched);
            jobs.finish(jobId, counts, errors, "DONE");
        } catch (RuntimeException e) {
            log.error("import {} failed after {} rows", jobId, counts.processed, e);
            index.reindexAll(touched);
            jobs.finish(jobId, counts, errors, "FAILED");
        }
    }

    private void apply(RawRow row, String by, ImportCounts counts, List<LineError> errors, List<String> touched) {
        RowMapper.Mapped mapped = RowMapper.map(row);
        if (!mapped.problems().isEmpty()) {
            counts.failed++;
            for (FieldProblem p : mapped.problems()) {
                errors.add(new LineError(row.line(), mapped.content().externalId(), p.field(), p.message()));
            }
            return;
        }
        try {
            upsert(mapped, by, counts, touched);
        } catch (vn.hotline1022.support.web.ApiException e) {
            // the row report is stored with the job, so it keeps the default (Vietnamese) text
            counts.failed++;
            errors.add(new LineError(row.line(), mapped.content().externalId(), "externalId", e.getMessage()));
        }
    }

    private void upsert(RowMapper.Mapped mapped, String by, ImportCounts counts, List<String> touched) {
        var existing = entries.findByExternalId(mapped.content().externalId());
        if (existing.isEmpty()) {
            var created = entries.createIfNew(mapped.content(), mapped.status() == null
                    ? vn.hotline1022.knowledge.domain.EntryStatus.DRAFT : mapped.status(), by, EntryOrigin.importedBy(by));
            if (created.isPresent()) {
                touched.add(created.get().id());
                counts.created++;
                return;
            }
            existing = entries.findByExternalId(mapped.content().externalId()); // another import created it meanwhile
        }
        var outcome = entries.update(existing.get(), mapped.content(), mapped.status(), by, "IMPORTED");
        if (outcome == EntryStore.Outcome.UNCHANGED) {
            counts.unchanged++;
        } else {
            touched.add(existing.get().id());
            counts.updated++;
        }
    }
}

package vn.hotline1022.knowledge.importing;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.hotline1022.knowledge.infra.ImportJobDocuments;
import vn.hotline1022.testsupport.Wire;

import java.util.Arrays;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An import's progress as the console polls it: the counts, each rejected line as stored, and who started it left out. */
class ImportJobViewTest {

    private static Document running() {
        return new Document("_id", "J-1").append("format", "CSV").append("status", "RUNNING").append("total", 3)
                .append("processed", 0).append("created", 0).append("updated", 0).append("unchanged", 0)
                .append("failed", 0).append("startedBy", "gs01").append("startedAt", new Date(1_630_000_000_000L));
    }

    /** As the store reads it back: the shared job mapping, then this kind's view. */
    private static ImportJobView view(Document job) {
        return ImportJobView.of(ImportJobDocuments.job(job, List.of("format"), ImportCounts.NAMES));
    }

    @Test
    void aRunningImportHasNoErrorsYetAndNoEnd() {
        assertThat(Wire.of(view(running()))).isEqualTo(Wire.parse("""
                {"id":"J-1","format":"CSV","status":"RUNNING","total":3,"processed":0,"created":0,"updated":0,
                 "unchanged":0,"failed":0,"errors":[],"startedAt":"2021-08-26T17:46:40Z","finishedAt":null}
                """));
    }

    @Test
    void aFinishedImportListsItsRejectedLinesWithTheirNulls() {
        Document done = running().append("status", "DONE").append("processed", 3).append("created", 1)
                .append("updated", 1).append("failed", 1).append("finishedAt", new Date(1_630_000_001_250L))
                .append("errors", Arrays.asList(new Document("line", 4).append("externalId", null)
                        .append("field", "question").append("reason", "Thiếu câu hỏi")));
        assertThat(Wire.of(view(done))).isEqualTo(Wire.parse("""
                {"id":"J-1","format":"CSV","status":"DONE","total":3,"processed":3,"created":1,"updated":1,
                 "unchanged":0,"failed":1,
                 "errors":[{"line":4,"externalId":null,"field":"question","reason":"Thiếu câu hỏi"}],
                 "startedAt":"2021-08-26T17:46:40Z","finishedAt":"2021-08-26T17:46:41.250Z"}
                """));
    }
}

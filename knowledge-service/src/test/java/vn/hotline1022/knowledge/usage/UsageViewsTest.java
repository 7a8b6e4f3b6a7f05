package vn.hotline1022.knowledge.usage;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.hotline1022.knowledge.infra.ImportJobDocuments;
import vn.hotline1022.testsupport.Wire;

import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A usage import's progress and the export's lines, field for field. */
class UsageViewsTest {

    private static Document running() {
        return new Document("_id", "U-1").append("status", "RUNNING").append("total", 2).append("processed", 0)
                .append("imported", 0).append("duplicates", 0).append("failed", 0).append("errors", List.of())
                .append("startedBy", "gs01").append("startedAt", new Date(1_630_000_000_000L));
    }

    /** As the store reads it back: the shared job mapping, then this kind's view. */
    private static UsageImportView view(Document job) {
        return UsageImportView.of(ImportJobDocuments.job(job, List.of(), UsageImportStore.Counts.NAMES));
    }

    @Test
    void aRunningImportHasNoEnd() {
        assertThat(Wire.of(view(running()))).isEqualTo(Wire.parse("""
                {"id":"U-1","status":"RUNNING","total":2,"processed":0,"imported":0,"duplicates":0,"failed":0,
                 "errors":[],"startedAt":"2021-08-26T17:46:40Z","finishedAt":null}
                """));
    }

    @Test
    void aFinishedImportListsItsRejectedLines() {
        Document done = running().append("status", "DONE").append("processed", 2).append("imported", 1)
                .append("failed", 1).append("finishedAt", new Date(1_630_000_000_007L))
                .append("errors", List.of(new Document("line", 2).append("externalId", "KB-1")
                        .append("field", "usedAt").append("reason", "Sai ngày")));
        assertThat(Wire.of(view(done))).isEqualTo(Wire.parse("""
                {"id":"U-1","status":"DONE","total":2,"processed":2,"imported":1,"duplicates":0,"failed":1,
                 "errors":[{"line":2,"externalId":"KB-1","field":"usedAt","reason":"Sai ngày"}],
                 "startedAt":"2021-08-26T17:46:40Z","finishedAt":"2021-08-26T17:46:40.007Z"}
                """));
    }

    @Test
    void anExportLineLeavesOutAMissingTimeAndTheRejectedFlagUnlessAskedFor() {
        Document used = new Document("externalId", "KB-1").append("question", "Giấy đi đường?")
                .append("usedAt", new Date(1_630_000_000_000L)).append("source", "1022-BT").append("rejected", true);
        Document bare = new Document("externalId", "KB-2").append("question", null).append("source", null);
        assertThat(Wire.of(UsageDocuments.exportLine(used, false))).isEqualTo(Wire.parse("""
                {"externalId":"KB-1","question":"Giấy đi đường?","usedAt":"2021-08-26T17:46:40Z","source":"1022-BT"}
                """));
        assertThat(Wire.of(UsageDocuments.exportLine(used, true))).isEqualTo(Wire.parse("""
                {"externalId":"KB-1","question":"Giấy đi đường?","usedAt":"2021-08-26T17:46:40Z","source":"1022-BT",
                 "rejected":true}
                """));
        assertThat(Wire.of(UsageDocuments.exportLine(bare, true))).isEqualTo(Wire.parse("""
                {"externalId":"KB-2","question":null,"source":null,"rejected":false}
                """));
    }
}

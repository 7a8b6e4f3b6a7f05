package vn.hotline1022.knowledge.bench;

import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.knowledge.search.VietnameseAnalyzer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusImportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void importLinesCarryOnlyWhatTheInProcessModeIndexesAndNeverTheDataSetsQuestions(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, """
                {"doc_id": "d1", "answer": "Chào bạn! Bạn nên tiêm đủ hai mũi.", "doc_question": "tiêm mấy mũi", "questions": ["q"], "alt_answers": ["a"]}

                {"externalId": "BT-1", "question": "Giấy đi đường ở đâu?", "answer": "Tại UBND xã.", "phrasings": ["xin giấy"], "tags": ["giấy đi đường"], "topic": "MOVEMENT_DIRECTIVES"}
                """);

        String[] lines = CorpusImport.ndjson(SearchQualityBench.readCorpus(corpus), "HEALTH_STATUS", CorpusImport.Title.NONE)
                .split("\n");

        assertThat(lines).hasSize(2);
        JsonNode uit = JSON.readTree(lines[0]);
        assertThat(uit.propertyNames()).containsExactlyInAnyOrder("externalId", "question", "answer", "topic", "status",
                "phrasings", "tags", "answerVariants");
        assertThat(uit.get("answerVariants").get(0).asString()).isEqualTo("a");
        assertThat(uit.get("externalId").asString()).isEqualTo("d1");
        assertThat(uit.get("question").asString()).isEqualTo(CorpusImport.NO_TITLE);
        assertThat(uit.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(lines[0]).doesNotContain("tiêm mấy mũi");
        JsonNode own = JSON.readTree(lines[1]);
        assertThat(own.get("question").asString()).isEqualTo("Giấy đi đường ở đâu?");
        assertThat(uit.get("topic").asString()).isEqualTo("HEALTH_STATUS");
        assertThat(own.get("topic").asString()).isEqualTo("MOVEMENT_DIRECTIVES");
        assertThat(own.get("phrasings").get(0).asString()).isEqualTo("xin giấy");
        assertThat(own.get("tags").get(0).asString()).isEqualTo("giấy đi đường");
    }

    @Test
    void thePlaceholderTitleGivesTheIndexNoToken() throws Exception {
        for (VietnameseAnalyzer.Mode mode : VietnameseAnalyzer.Mode.values()) {
            assertThat(tokens(new VietnameseAnalyzer(mode), CorpusImport.NO_TITLE)).as(mode.name()).isEmpty();
        }
    }

    @Test
    void firstSentenceStopsAtTheFirstSentenceEndAndFitsTheImportLimit() {
        assertThat(CorpusImport.firstSentence("Chào bạn! Bạn nên tiêm.")).isEqualTo("Chào bạn!");
        assertThat(CorpusImport.firstSentence("Không có dấu chấm")).isEqualTo("Không có dấu chấm");
        assertThat(CorpusImport.firstSentence("từ ".repeat(300))).hasSizeLessThanOrEqualTo(CorpusImport.MAX_QUESTION);
    }

    private static List<String> tokens(VietnameseAnalyzer analyzer, String text) throws Exception {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("t", text)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }
}

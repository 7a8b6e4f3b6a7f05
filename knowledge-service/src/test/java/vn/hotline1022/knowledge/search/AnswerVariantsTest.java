package vn.hotline1022.knowledge.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Other wordings of an answer are searched as answer text; the operator still reads the main answer. */
class AnswerVariantsTest {

    private static final String ANSWER = "Người nhiễm không có triệu chứng được chăm sóc tại nơi ở.";
    private static final String VARIANT = "F0 được cách ly điều trị tại nhà theo hướng dẫn của trạm y tế phường, xã.";

    private final LuceneSearchEngine engine =
            new LuceneSearchEngine(RankingWeights.DEFAULT, Clock.fixed(Instant.parse("2021-08-15T03:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void close() {
        engine.close();
    }

    private void index(List<String> variants) {
        engine.rebuild(List.of(
                new IndexedEntry("f0", "F0", "Người nhiễm ở đâu?", List.of(), List.of(), ANSWER, "HEALTH_STATUS",
                        List.of(), "PUBLISHED", null, null, null, 0, variants),
                new IndexedEntry("cho", "CHO", "Chợ mở cửa mấy giờ?", List.of(), List.of(),
                        "Chợ truyền thống mở cửa từ 6 giờ đến 10 giờ.", "PRICES_GOODS", List.of(), "PUBLISHED",
                        null, null, null, 0)).iterator());
    }

    @Test
    void anEntryIsFoundByTheWordsOfAnotherWordingOfItsAnswer() {
        index(List.of());
        assertThat(engine.search(SearchRequest.of("cach ly dieu tri", 5)).hits()).noneMatch(h -> h.id().equals("f0"));

        index(List.of(VARIANT));
        var hits = engine.search(SearchRequest.of("cach ly dieu tri", 5)).hits();
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).id()).isEqualTo("f0");
        assertThat(hits.get(0).answerSnippet()).doesNotContain("cách ly").contains("chăm sóc");
    }

    @Test
    void theLearnedRankerReadsTheVariantsToo() {
        IndexedEntry e = new IndexedEntry("f0", "F0", null, List.of(), List.of(), ANSWER, "HEALTH_STATUS", List.of(),
                "PUBLISHED", null, null, null, 0, List.of(VARIANT));
        assertThat(EntryDocuments.text(e)).contains(ANSWER).contains(VARIANT);
        assertThat(FoldedTokens.indexedText(e)).contains(VARIANT);
    }
}

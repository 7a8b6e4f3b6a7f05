package vn.hotline1022.knowledge.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FoldedTokensTest {

    private static final String[] WORDS = {"Người", "dân", "đăng", "ký", "tiêm", "vắc", "xin", "COVID-19", "tại",
        "trạm", "y", "tế", "phường", "(F0)", "<2m>", "&", "15/8/2021", "Phan", "Thiết", "ĐT:", "0913.680.916",
        "—", "“giấy", "đi", "đường”", "khẩu-trang", "…", "\n", "SARS-CoV-2", "Hàm", "Tân", "5K."};

    @Test
    void storedTokensAreExactlyWhatTheAnalyzerGivesAtSearchTime() {
        Random random = new Random(1022);
        for (int n = 0; n < 300; n++) {
            IndexedEntry entry = entry(text(random, 1 + random.nextInt(120)), text(random, random.nextInt(12)),
                    List.of(text(random, random.nextInt(8))), List.of(text(random, random.nextInt(3))));
            Document doc = EntryDocuments.toDocument(entry);

            assertThat(FoldedTokens.answer(doc)).isEqualTo(Tokens.folded(entry.answer()));
            assertThat(FoldedTokens.vocabulary(doc)).isEqualTo(analysedVocabulary(doc));
        }
    }

    @Test
    void documentsIndexedBeforeTheStoredTokensFallBackToTheAnalyzer() {
        Document old = new Document();
        old.add(new StoredField(Fields.ANSWER, "Đeo khẩu trang & giữ khoảng cách <2m>."));
        old.add(new StoredField(Fields.QUESTION, "Có phải đeo khẩu trang không?"));

        assertThat(FoldedTokens.answer(old)).isEqualTo(Tokens.folded("Đeo khẩu trang & giữ khoảng cách <2m>."));
        assertThat(FoldedTokens.vocabulary(old)).contains("khau", "trang", "phai", "deo", "2m");
        assertThat(Snippets.highlight(old.get(Fields.ANSWER), FoldedTokens.answer(old), Set.of("khau")))
                .isEqualTo("Đeo <mark>khẩu</mark> trang &amp; giữ khoảng cách &lt;2m&gt;.");
    }

    @Test
    void anEntryWithoutAnswerOrQuestionStillHasItsPhrasings() {
        Document doc = EntryDocuments.toDocument(entry(null, null, List.of("chích ngừa cho trẻ"), List.of()));

        assertThat(FoldedTokens.answer(doc)).isEmpty();
        assertThat(FoldedTokens.vocabulary(doc)).contains("chich", "ngua", "tre");
    }

    private static Set<String> analysedVocabulary(Document doc) {
        Set<String> present = new HashSet<>();
        for (String text : new String[] {doc.get(Fields.QUESTION), doc.get(Fields.ANSWER), doc.get(Fields.INDEXED_TEXT)}) {
            if (text != null) {
                Tokens.folded(text).forEach(t -> present.add(t.text()));
            }
        }
        return present;
    }

    private static String text(Random random, int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            out.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5) == 0 ? ", " : " ");
        }
        return out.toString();
    }

    private static IndexedEntry entry(String answer, String question, List<String> phrasings, List<String> tags) {
        return new IndexedEntry("e1", "EXT-1", question, phrasings, tags, answer, "VACCINATION", List.of(), "PUBLISHED",
                null, null, null, 0);
    }
}

package vn.hotline1022.knowledge.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTest {

    @Test
    void foldsAccentsAndDStroke() {
        assertThat(VietnameseText.fold("Giấy đi đường")).isEqualTo("giay di duong");
        assertThat(VietnameseText.fold("ĐỒNG NAI")).isEqualTo("dong nai");
        assertThat(VietnameseText.fold("tiêm vắc xin")).isEqualTo("tiem vac xin");
    }

    @Test
    void decomposedInputFoldsLikeComposed() {
        String decomposed = java.text.Normalizer.normalize("Phan Thiết", java.text.Normalizer.Form.NFD);
        assertThat(VietnameseText.fold(decomposed)).isEqualTo("phan thiet");
    }

    @Test
    void detectsDiacritics() {
        assertThat(VietnameseText.hasDiacritics("đường")).isTrue();
        assertThat(VietnameseText.hasDiacritics("duong")).isFalse();
    }

    @Test
    void repairsTelexLeftovers() {
        assertThat(VietnameseText.untelex("tieem")).isEqualTo("tiem");
        assertThat(VietnameseText.untelex("tieems")).isEqualTo("tiem");
        assertThat(VietnameseText.untelex("vaccxin")).isEqualTo("vacxin");
        assertThat(VietnameseText.untelex("ddi")).isEqualTo("di");
        assertThat(VietnameseText.untelex("chir")).isEqualTo("chi");
        assertThat(VietnameseText.untelex("thij")).isEqualTo("thi");
        assertThat(VietnameseText.untelex("xin")).isEqualTo("xin");
    }

    @Test
    void analyzerMakesSyllableBigrams() {
        var analyzer = new VietnameseAnalyzer(VietnameseAnalyzer.Mode.FOLDED_BIGRAMS);
        List<String> tokens = new java.util.ArrayList<>();
        try (var stream = analyzer.tokenStream("f", "Tiêm vắc xin")) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(tokens).containsExactly("tiem_vac", "vac_xin");
    }

    @Test
    void synonymsFindAlternativesOfPhrasesInTheQuery() {
        Synonyms synonyms = new Synonyms(List.of(List.of("giấy đi đường", "giấy thông hành"), List.of("ct16", "chỉ thị 16")));
        assertThat(synonyms.alternativesFor(List.of("xin", "giay", "di", "duong", "o", "dau")))
                .containsExactly(List.of("giay", "thong", "hanh"));
        assertThat(synonyms.alternativesFor(List.of("ct16", "la", "gi"))).containsExactly(List.of("chi", "thi", "16"));
        assertThat(synonyms.alternativesFor(List.of("giay", "di"))).isEmpty();
    }
}

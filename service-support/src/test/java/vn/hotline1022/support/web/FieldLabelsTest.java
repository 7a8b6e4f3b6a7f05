package vn.hotline1022.support.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldLabelsTest {

    @Test
    void namesFieldsInWordsInTheReadersLanguage() {
        assertThat(FieldLabels.of("locality", false)).isEqualTo("Địa bàn");
        assertThat(FieldLabels.of("locality", true)).isEqualTo("Locality");
        assertThat(FieldLabels.of(null, false)).isEqualTo("Nội dung yêu cầu");
    }

    @Test
    void countsListItemsFromOneAndJoinsNestedNames() {
        assertThat(FieldLabels.of("topics[0]", false)).isEqualTo("Chủ đề 1");
        assertThat(FieldLabels.of("topics[2].name", true)).isEqualTo("Topics 3 › Name");
    }

    @Test
    void keepsTheNameOfAFieldWithoutText() {
        assertThat(FieldLabels.of("widget.page", false)).isEqualTo("widget › Trang");
        assertThat(FieldLabels.of("x[99999999999]", false)).isEqualTo("x › 99999999999");
    }
}

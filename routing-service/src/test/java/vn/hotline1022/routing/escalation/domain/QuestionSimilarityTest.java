package vn.hotline1022.routing.escalation.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionSimilarityTest {

    @ParameterizedTest(name = "\"{0}\" ~ \"{1}\" similar={2}")
    @CsvSource(delimiter = '|', textBlock = """
            Người lao động tự do ở La Gi mất việc thì đăng ký nhận hỗ trợ ở đâu? | người lao động tự do ở la gi mất việc đăng ký nhận hỗ trợ ở đâu | true
            Người lao động tự do ở La Gi mất việc thì đăng ký nhận hỗ trợ ở đâu? | nguoi lao dong tu do o La Gi mat viec thi dang ky nhan ho tro o dau | true
            Người lao động tự do ở La Gi mất việc thì đăng ký nhận hỗ trợ ở đâu? | Gia rau củ ở chợ La Gi tăng gấp đôi phản ánh ở đâu?              | false
            Xe chở hàng từ Hàm Tân đi TP.HCM cần giấy tờ gì?                     | Xe chở hàng từ Hàm Tân đi TP.HCM cần những giấy tờ gì?          | true
            Xe chở hàng từ Hàm Tân đi TP.HCM cần giấy tờ gì?                     | Người từ TP.HCM về Hàm Tân có phải cách ly không?               | false
            """)
    void similarQuestionsAboveTheDefaultThreshold(String a, String b, boolean similar) {
        assertThat(QuestionSimilarity.similarity(a, b) >= 0.5).isEqualTo(similar);
    }

    @Test
    void foldingRemovesDiacriticsIncludingDStroke() {
        assertThat(QuestionSimilarity.fold("Đăng ký hỗ trợ ĐỜI SỐNG")).isEqualTo("dang ky ho tro doi song");
        assertThat(QuestionSimilarity.similarity("", "bất kỳ")).isZero();
        assertThat(QuestionSimilarity.similarity("giống hệt nhau", "giống hệt nhau")).isEqualTo(1.0);
    }
}

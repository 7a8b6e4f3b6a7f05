package vn.hotline1022.reporting.digest.render;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.hotline1022.reporting.digest.domain.Digest;
import vn.hotline1022.reporting.digest.domain.PendingQuestion;
import vn.hotline1022.reporting.digest.domain.QuestionGroup;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocxDigestRendererTest {

    private static final Instant DUE = Instant.parse("2025-06-03T02:00:00Z");

    private static Digest digest(List<QuestionGroup> groups) {
        return new Digest("UBND_LA_GI", "Ủy ban nhân dân thị xã La Gi", LocalDate.of(2025, 6, 2), "17", groups,
                new Digest.Letterhead("BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 TỈNH BÌNH THUẬN",
                        "TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN", "Bình Thuận", "TM. TIỂU BAN", "TRƯỞNG TIỂU BAN", "",
                        Instant.parse("2025-06-02T10:00:00Z")));
    }

    @Test
    void letterHasTheAdministrativeLayoutInFixedWidthColumns() throws Exception {
        PendingQuestion q = new PendingQuestion("e1", "Khu phố 3 phường Phước Hội bị phong tỏa đến ngày nào?",
                "MOVEMENT_DIRECTIVES", "LA_GI", DUE, 4, DUE.minusSeconds(86_400));
        byte[] docx = new DocxDigestRenderer().render(digest(List.of(new QuestionGroup(q.question(), 4, DUE, List.of(q)))));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN", "Số: 17/TB-TĐ1022",
                    "Bình Thuận, ngày 02 tháng 06 năm 2025", "Kính gửi: Ủy ban nhân dân thị xã La Gi.",
                    "1. Khu phố 3 phường Phước Hội", "Số người gọi hỏi: 4; hạn trả lời: 09:00 ngày 03/06/2025",
                    "Nơi nhận:", "(đã ký)");
            assertThat(doc.getTables()).hasSize(2);
            assertThat(doc.getTables().get(0).getCTTbl().getTblGrid().getGridColArray(1).getW().toString())
                    .isEqualTo("5600");
        }
    }

    @Test
    void aDayWithoutPendingQuestionsSaysSo() throws Exception {
        byte[] docx = new DocxDigestRenderer().render(digest(List.of()));
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText()).contains("không có câu hỏi nào").doesNotContain("1. ");
        }
    }
}

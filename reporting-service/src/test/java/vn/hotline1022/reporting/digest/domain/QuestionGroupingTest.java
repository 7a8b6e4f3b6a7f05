package vn.hotline1022.reporting.digest.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionGroupingTest {

    private static final Instant T = Instant.parse("2025-06-02T01:00:00Z");

    private static PendingQuestion q(String id, String text, int callers, int dueHours, int raisedMinutes) {
        return new PendingQuestion(id, text, "TRAVEL_TRANSPORT", "PHAN_THIET", T.plusSeconds(3600L * dueHours),
                callers, T.plusSeconds(60L * raisedMinutes));
    }

    @Test
    void nearDuplicatesAreCountedOnceWithAllTheirCallers() {
        List<QuestionGroup> groups = new QuestionGrouping(QuestionGrouping.DEFAULT_THRESHOLD).group(List.of(
                q("a", "Xe khách từ Phan Thiết đi TP. Hồ Chí Minh có cần giấy xét nghiệm không?", 2, 24, 0),
                q("b", "xe khach tu phan thiet di tp ho chi minh co can giay xet nghiem ko", 3, 20, 5),
                q("c", "Đi xe khách Phan Thiết - TP Hồ Chí Minh cần giấy xét nghiệm gì?", 1, 30, 9),
                q("d", "Chợ Phan Thiết mở cửa mấy giờ trong thời gian giãn cách?", 1, 26, 7)));
        assertThat(groups).hasSize(2);
        QuestionGroup travel = groups.get(0);
        assertThat(travel.callers()).isEqualTo(6);
        assertThat(travel.members()).extracting(PendingQuestion::escalationId).containsExactly("a", "b", "c");
        assertThat(travel.question()).startsWith("Xe khách từ Phan Thiết");
        assertThat(travel.deadline()).isEqualTo(T.plusSeconds(3600L * 20));
        assertThat(groups.get(1).callers()).isEqualTo(1);
    }

    @Test
    void differentQuestionsOnTheSameTopicStayApart() {
        List<QuestionGroup> groups = new QuestionGrouping(QuestionGrouping.DEFAULT_THRESHOLD).group(List.of(
                q("a", "Người từ TP. Hồ Chí Minh về Phan Thiết có phải cách ly tập trung không?", 1, 24, 0),
                q("b", "Người từ TP. Hồ Chí Minh về Phan Thiết cách ly tại nhà được không?", 1, 24, 1),
                q("c", "Giá xét nghiệm nhanh ở Trung tâm Y tế Hàm Tân là bao nhiêu?", 1, 24, 2)));
        assertThat(groups).hasSize(3);
    }

    @Test
    void normalizationIgnoresCaseDiacriticsAndPunctuation() {
        assertThat(QuestionText.normalize("Đường đi Hàm Thuận Bắc, có CHỐT không?"))
                .isEqualTo("duong di ham thuan bac co chot khong");
        assertThat(QuestionText.similarity(QuestionText.tokens("Giá rau ở chợ Hàm Tân?"),
                QuestionText.tokens("gia rau o cho ham tan"))).isEqualTo(1.0);
    }

    @Test
    void groupsAreOrderedByDeadline() {
        List<QuestionGroup> groups = new QuestionGrouping(QuestionGrouping.DEFAULT_THRESHOLD).group(List.of(
                q("late", "Thủ tục nhận hỗ trợ cho lao động tự do ở La Gi?", 1, 48, 0),
                q("soon", "Giờ mở cửa bến xe Bắc Phan Thiết?", 1, 2, 1)));
        assertThat(groups).extracting(QuestionGroup::question)
                .containsExactly("Giờ mở cửa bến xe Bắc Phan Thiết?", "Thủ tục nhận hỗ trợ cho lao động tự do ở La Gi?");
    }
}

package vn.hotline1022.reporting.digest.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The daily written digest to one unit: the letter's content, independent of DOCX or HTML. */
public record Digest(String unitCode, String unitName, LocalDate date, String number, List<QuestionGroup> groups,
                     Letterhead letterhead) {

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    public int questionCount() {
        return groups.size();
    }

    public int callerCount() {
        return groups.stream().mapToInt(QuestionGroup::callers).sum();
    }

    /** "Bình Thuận, ngày 02 tháng 06 năm 2025": the place and date line of an administrative letter. */
    public String placeAndDate() {
        return "%s, ngày %02d tháng %02d năm %d".formatted(letterhead.place(), date.getDayOfMonth(),
                date.getMonthValue(), date.getYear());
    }

    public String numberLine() {
        return "Số: " + number + "/TB-TĐ1022";
    }

    public String subject() {
        return "V/v tổng hợp câu hỏi của người dân chưa được trả lời ngày "
                + date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    public String deadlineText(QuestionGroup group, ZoneId zone) {
        return group.deadline() == null ? "chưa xác định" : group.deadline().atZone(zone).format(DEADLINE);
    }

    /** Who signs and in whose name; configured, since people change. */
    public record Letterhead(String parentBody, String issuingBody, String place, String signerCapacity,
                             String signerTitle, String signerName, Instant generatedAt) {
    }
}

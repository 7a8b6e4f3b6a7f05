package vn.hotline1022.knowledge.importing;

import vn.hotline1022.knowledge.domain.EntryContent;
import vn.hotline1022.knowledge.domain.EntryStatus;
import vn.hotline1022.knowledge.domain.FieldProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Validates a raw row into content + requested status, or the reasons it cannot be imported. */
final class RowMapper {

    record Mapped(EntryContent content, EntryStatus status, List<FieldProblem> problems) {
    }

    private RowMapper() {
    }

    static Mapped map(RawRow row) {
        List<FieldProblem> problems = new ArrayList<>();
        Instant validFrom = date(row, "validFrom", problems);
        Instant validUntil = date(row, "validUntil", problems);
        EntryContent content = new EntryContent(row.text("externalId"), row.text("question"), row.text("answer"),
                row.list("phrasings"), upper(row.text("topic")), row.list("tags"),
                row.list("localities").stream().map(String::trim).map(RowMapper::upper).toList(),
                row.text("sourceUnit"), row.text("legalBasis"), validFrom, validUntil, row.text("supersededBy"),
                row.text("internalNote"), row.list("answerVariants"));
        if (content.externalId() == null) {
            problems.add(new FieldProblem("externalId", "knowledge.import.external-id.required"));
        }
        problems.addAll(content.problems());
        String statusText = row.text("status");
        EntryStatus status = statusText == null || statusText.isBlank() ? null : EntryStatus.parse(statusText);
        if (statusText != null && !statusText.isBlank() && status == null) {
            problems.add(new FieldProblem("status", "knowledge.status.invalid", statusText));
        }
        return new Mapped(content, status, problems);
    }

    private static String upper(String value) {
        return value == null ? null : value.trim().toUpperCase();
    }

    /** dd/MM/yyyy, yyyy-MM-dd (start of day in Vietnam, UTC+7) or an ISO instant. */
    private static Instant date(RawRow row, String column, List<FieldProblem> problems) {
        String text = row.text(column);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return vn.hotline1022.knowledge.domain.DeskDates.parse(text);
        } catch (java.time.DateTimeException e) {
            problems.add(new FieldProblem(column, "knowledge.import.date.invalid", text));
            return null;
        }
    }
}

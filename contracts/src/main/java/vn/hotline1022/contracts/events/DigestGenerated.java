package vn.hotline1022.contracts.events;

import java.time.LocalDate;

/** The daily written digest of a unit's unanswered questions is ready. */
public record DigestGenerated(String unitCode, LocalDate date, int questionCount, String url) {
}

package vn.hotline1022.reporting.knowledge;

/** A search that found nothing: what was typed, and its normalized form that groups the same question. */
public record SearchMiss(String query, String normalized) {
}

package vn.hotline1022.knowledge.domain;

/** A value that cannot be accepted, with a message in Vietnamese for the person who typed it. */
public record FieldProblem(String field, String message) {
}

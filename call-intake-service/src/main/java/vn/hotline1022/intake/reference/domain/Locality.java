package vn.hotline1022.intake.reference.domain;

/**
 * A gazetteer entry. {@code needsProvinceName} marks the "another province" entry, whose calls must say which
 * province.
 */
public record Locality(String code, String name, String kind, boolean needsProvinceName) {
}

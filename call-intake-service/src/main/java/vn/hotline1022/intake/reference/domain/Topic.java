package vn.hotline1022.intake.reference.domain;

/** A question category from the province's letter, e.g. TRAVEL_TRANSPORT "Giao thông, đi lại…". */
public record Topic(String code, String name, String description) {
}

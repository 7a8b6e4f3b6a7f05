package vn.hotline1022.routing.directory.domain;

/** The letter asks for mobile numbers because the switchboard runs 24/7; landlines are kept but flagged. */
public enum LineType {
    MOBILE,
    LANDLINE
}

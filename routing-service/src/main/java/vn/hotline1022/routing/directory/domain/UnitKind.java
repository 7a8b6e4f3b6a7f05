package vn.hotline1022.routing.directory.domain;

/** What sort of body a unit is; rules can select units by kind within a locality (e.g. "@HOSPITAL"). */
public enum UnitKind {
    DISTRICT_PEOPLES_COMMITTEE,
    DISTRICT_STEERING_COMMITTEE,
    PROVINCIAL_STEERING_COMMITTEE,
    DEPARTMENT,
    DISEASE_CONTROL,
    HEALTH_CENTRE,
    HOSPITAL
}

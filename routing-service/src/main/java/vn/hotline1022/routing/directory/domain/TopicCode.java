package vn.hotline1022.routing.directory.domain;

import java.util.Set;

/** Topic codes shared by every service. */
public final class TopicCode {

    public static final Set<String> ALL = Set.of("HEALTH_STATUS", "HARDSHIP_SUPPORT", "PRICES_GOODS",
            "TRAVEL_TRANSPORT", "UNEMPLOYMENT", "QUARANTINE_FOOD", "MOVEMENT_DIRECTIVES", "VACCINATION",
            "TESTING_QUARANTINE", "OTHER");

    private TopicCode() {
    }

    public static boolean isKnown(String code) {
        return code != null && ALL.contains(code);
    }
}

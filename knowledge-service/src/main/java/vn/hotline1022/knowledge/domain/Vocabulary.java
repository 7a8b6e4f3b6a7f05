package vn.hotline1022.knowledge.domain;

import java.util.Set;

/** Topic and locality codes shared with call intake (the gazetteer of Bình Thuận). */
public final class Vocabulary {

    public static final Set<String> TOPICS = Set.of("HEALTH_STATUS", "HARDSHIP_SUPPORT", "PRICES_GOODS",
            "TRAVEL_TRANSPORT", "UNEMPLOYMENT", "QUARANTINE_FOOD", "MOVEMENT_DIRECTIVES", "VACCINATION",
            "TESTING_QUARANTINE", "OTHER");

    /** Districts an answer can be limited to; an empty scope means the whole province. */
    public static final Set<String> DISTRICTS = Set.of("PHAN_THIET", "LA_GI", "TUY_PHONG", "BAC_BINH",
            "HAM_THUAN_BAC", "HAM_THUAN_NAM", "HAM_TAN", "TANH_LINH", "DUC_LINH", "PHU_QUY");

    public static final Set<String> LOCALITIES = Set.of("PHAN_THIET", "LA_GI", "TUY_PHONG", "BAC_BINH",
            "HAM_THUAN_BAC", "HAM_THUAN_NAM", "HAM_TAN", "TANH_LINH", "DUC_LINH", "PHU_QUY", "OTHER_PROVINCE",
            "UNKNOWN");

    private Vocabulary() {
    }
}

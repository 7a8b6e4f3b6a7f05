package vn.hotline1022.routing.directory.domain;

import java.util.Set;

/** Gazetteer codes shared by every service; the ten districts are the ones that have a People's Committee. */
public final class Locality {

    public static final Set<String> DISTRICTS = Set.of("PHAN_THIET", "LA_GI", "TUY_PHONG", "BAC_BINH",
            "HAM_THUAN_BAC", "HAM_THUAN_NAM", "HAM_TAN", "TANH_LINH", "DUC_LINH", "PHU_QUY");
    public static final Set<String> ALL = union(DISTRICTS, Set.of("OTHER_PROVINCE", "UNKNOWN"));

    private Locality() {
    }

    public static boolean isKnown(String code) {
        return code != null && ALL.contains(code);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}

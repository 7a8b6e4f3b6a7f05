package vn.hotline1022.contracts.events;

/**
 * The directory's current word on a unit, sent whenever routing's directory stores a new version of it (seeded,
 * created, edited): what other services need to name the unit and tell whether it can be reached. Keyed by unitCode
 * on a compacted topic, so a consumer starting from the beginning learns the whole directory; {@code version} only
 * grows, so a consumer keeps the highest it has seen. {@code retired}: the unit left service (merged, dissolved);
 * its name still reads in old records.
 */
public record UnitChanged(String unitCode, String name, String kind, boolean transferable, int dialableNumbers,
                          int numbersToCome, long version, Boolean retired) {

    /** Additive in v1: events written before it carry no {@code retired}, meaning in service. */
    public boolean leftService() {
        return Boolean.TRUE.equals(retired);
    }
}

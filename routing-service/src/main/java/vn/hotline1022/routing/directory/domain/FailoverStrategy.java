package vn.hotline1022.routing.directory.domain;

/** How a unit's numbers are ordered for the next transfer. */
public enum FailoverStrategy {
    /** Always the lowest priority value first: a unit with one main officer. */
    PRIORITY,
    /** Spread calls over equal numbers, e.g. two officers sharing the load. */
    ROUND_ROBIN,
    /** The number that has rested longest first. */
    LEAST_RECENTLY_USED
}

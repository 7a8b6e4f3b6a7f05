package vn.hotline1022.reporting.staffing.domain;

/** Whose handle times an hour's estimate rests on. */
public enum HandleTimeBasis {
    /** The hour's own closed calls. */
    HOUR,
    /** Too few closed calls in the hour to trust their mean: the whole range's mean instead. */
    RANGE,
    /** No closed call in the whole range: there is no handle time, and no estimate for hours that had calls. */
    NONE
}

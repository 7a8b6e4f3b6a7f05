package vn.hotline1022.reporting.calls;

import java.util.List;

/**
 * A call as the figures read it by the time it was closed. Facts of calls closed before questions were kept have no
 * question outcomes: they count as one question with the call's outcome.
 */
public record ClosedCall(String outcome, List<String> questionOutcomes, Long handleSeconds, String kbEntryId) {
}

package vn.hotline1022.routing.transfer;

import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * One transferable unit in GET /api/transfers/health: whether any number answers now, and per number its cool-down
 * and attempt counts by outcome. A number never dialled has nulls and no counts. Times stay {@link Date}s: that is
 * how {@code number_health} stores them and how they always went out, with milliseconds.
 */
record UnitHealthView(String unitCode, String name, boolean reachable, long numbersCooling, long placeholders,
                      Map<String, Long> attempts, List<NumberHealthView> numbers) {

    record NumberHealthView(String number, String label, boolean cooling, Date coolingUntil, int consecutiveFailures,
                            Date lastUsedAt, Map<String, Long> attempts) {
    }
}

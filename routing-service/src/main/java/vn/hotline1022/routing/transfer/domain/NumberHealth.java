package vn.hotline1022.routing.transfer.domain;

import java.time.Instant;

/** The recent record of one hotline number, kept across transfers. */
public record NumberHealth(String number, String unitCode, int consecutiveFailures, Instant coolingUntil,
                           Instant lastUsedAt) {

    public static NumberHealth fresh(String number, String unitCode) {
        return new NumberHealth(number, unitCode, 0, null, null);
    }

    public boolean isCooling(Instant now) {
        return coolingUntil != null && coolingUntil.isAfter(now);
    }
}

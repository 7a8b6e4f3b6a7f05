package vn.hotline1022.contracts.events;

import java.time.Instant;

/** Every hotline number of a unit is failing or cooling down. */
public record UnitUnreachable(String unitCode, int numbersTried, Instant since) {
}

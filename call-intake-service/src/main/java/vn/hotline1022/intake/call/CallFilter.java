package vn.hotline1022.intake.call;

import java.time.Instant;

/** The supervisors' call list criteria, validated; a null field does not filter. */
record CallFilter(Instant from, Instant to, String topic, String locality, String outcome, String status,
                  String operator) {
}

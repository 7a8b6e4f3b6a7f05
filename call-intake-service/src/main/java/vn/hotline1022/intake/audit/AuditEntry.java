package vn.hotline1022.intake.audit;

import java.time.Instant;
import java.util.Collection;

/** One read of a caller's personal data: the number masked and hashed, never in full. */
record AuditEntry(String action, String user, Collection<String> roles, String phone, String phoneHash,
                  Integer calls, String callbackId, Instant at) {
}

package vn.hotline1022.gateway.audit;

import java.time.Instant;
import java.util.List;

/** {@code path} has phone numbers masked; {@code phoneHash} lets "who looked at this caller" be asked without storing the number. */
public record AuditEntry(Instant at, String principal, List<String> roles, String action, String route, String method,
                         String path, String phoneHash, int status, String correlationId) {
}

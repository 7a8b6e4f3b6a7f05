package vn.hotline1022.gateway.audit;

import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.hotline1022.gateway.infra.Blocking;
import vn.hotline1022.gateway.infra.InvalidFieldException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/** SUPERVISOR and ADMIN: {@code GET /api/audit?principal&action&phone&from&to&limit} (dates in Vietnam time). */
@RestController
@RequiredArgsConstructor
class AuditController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final AuditStore store;

    @GetMapping("/api/audit")
    Mono<List<AuditEntry>> find(@RequestParam(required = false) String principal,
                                @RequestParam(required = false) String action,
                                @RequestParam(required = false) String phone,
                                @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to,
                                @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidFieldException("limit", "gateway.audit.limit.range");
        }
        String phoneHash = phone == null ? null : AuditPolicy.phoneHash(phone);
        if (phone != null && phoneHash == null) {
            throw new InvalidFieldException("phone", "gateway.audit.phone.invalid");
        }
        Instant start = day("from", from, 0);
        Instant end = day("to", to, 1);
        return Blocking.call(() -> store.find(principal, action, phoneHash, start, end, limit));
    }

    private static Instant day(String field, String value, int plusDays) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value).plusDays(plusDays).atStartOfDay(VIETNAM).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "gateway.audit.date.format");
        }
    }
}

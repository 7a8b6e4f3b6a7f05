package vn.hotline1022.intake.call;

import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.intake.IntakeProperties;
import vn.hotline1022.intake.call.domain.Call;
import vn.hotline1022.intake.call.domain.Outcome;
import vn.hotline1022.intake.caller.CallerFlagStore;
import vn.hotline1022.intake.caller.PhoneNumbers;
import vn.hotline1022.intake.caller.domain.CallerFlag;
import vn.hotline1022.intake.caller.domain.PhoneNumber;
import vn.hotline1022.intake.infra.security.Access;
import vn.hotline1022.support.security.CurrentUser;
import vn.hotline1022.support.security.CurrentUserResolver;
import vn.hotline1022.intake.audit.AuditTrail;
import vn.hotline1022.intake.reference.domain.ReferenceData;

import java.time.Clock;
import java.util.List;

/**
 * What the operator sees about a caller: recent calls, whether they called before, and a supervisor's warning.
 * {@code currentCallId} (the call being handled, if already logged) does not count as "called before".
 */
@RestController
@RequiredArgsConstructor
class CallerHistoryController {

    static final int MAX_CALLS = 200;

    record History(String callerNumber, long windowDays, int callCount, boolean repeatCaller, boolean prankFlag,
                   CallerFlag flag, long prankOutcomes, List<CallView> calls) {
    }

    private final CallStore store;
    private final CallerFlagStore flags;
    private final PhoneNumbers phones;
    private final ReferenceData reference;
    private final CurrentUserResolver users;
    private final IntakeProperties properties;
    private final Clock clock;
    private final AuditTrail audit;

    @GetMapping("/api/callers/{phone}/history")
    History history(@PathVariable String phone, @RequestParam(required = false) String currentCallId) {
        CurrentUser user = users.current();
        Access.requireCallAccess(user);
        PhoneNumber number = phones.parse("phone", phone);
        List<Call> calls = store.history(number.e164(), clock.instant().minus(properties.historyWindow()), MAX_CALLS);
        audit.callerHistoryRead(user, number, calls.size());
        CallerFlag flag = flags.find(number.e164()).orElse(null);
        return new History(number.e164(), properties.historyWindow().toDays(), calls.size(),
                calls.stream().anyMatch(c -> !c.id().equals(currentCallId)), flag != null, flag,
                calls.stream().filter(c -> c.outcome() == Outcome.PRANK).count(),
                calls.stream().map(c -> CallView.of(c, reference, null)).toList());
    }
}

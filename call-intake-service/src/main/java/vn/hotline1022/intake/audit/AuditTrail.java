package vn.hotline1022.intake.audit;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.hotline1022.intake.caller.domain.PhoneNumber;
import vn.hotline1022.support.security.CurrentUser;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Who read which caller's history, kept by intake itself: the gateway's audit sees only requests that pass through
 * it, and personal data is read here whichever way the request came. The number is kept masked and as a hash (to
 * answer "who looked at this caller?"), never in full.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final AuditStore audit;
    private final Clock clock;

    public void callerHistoryRead(CurrentUser user, PhoneNumber number, int calls) {
        audit.insert(new AuditEntry("CALLER_HISTORY_READ", user.username(), user.roles(), number.masked(),
                hash(number.e164()), calls, null, clock.instant()));
        log.info("{} read the history of caller {} ({} calls)", user.username(), number.masked(), calls);
    }

    public void callbackNumberRead(CurrentUser user, PhoneNumber number, String callbackId) {
        audit.insert(new AuditEntry("CALLBACK_NUMBER_READ", user.username(), user.roles(), number.masked(),
                hash(number.e164()), null, callbackId, clock.instant()));
    }

    static String hash(String e164) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(e164.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

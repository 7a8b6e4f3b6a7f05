package vn.hotline1022.intake.call;

import vn.hotline1022.intake.call.domain.Call;
import vn.hotline1022.intake.domain.InvalidValueException;
import vn.hotline1022.support.security.CurrentUser;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * An Idempotency-Key becomes the call's _id (a name-based UUID, scoped to the operator), so concurrent retries
 * race on MongoDB's unique _id and exactly one insert wins; no separate key table to keep in step.
 */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";

    private IdempotencyKeys() {
    }

    static String callId(CurrentUser user, String key) {
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidValueException(HEADER, "intake.idempotency-key.invalid");
        }
        return UUID.nameUUIDFromBytes(("call\n" + user.username() + "\n" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** What identifies "the same request": normalised values, startedAt only when the client sent one. */
    static String requestHash(Call c, boolean startedAtGiven) {
        String canonical = String.join("\u001f", String.valueOf(c.callerNumber()), c.channel().name(), c.locality(),
                String.valueOf(c.provinceName()), c.topic(), c.question(), String.valueOf(c.notes()),
                startedAtGiven ? c.startedAt().toString() : "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

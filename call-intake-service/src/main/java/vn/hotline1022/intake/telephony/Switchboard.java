package vn.hotline1022.intake.telephony;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hotline1022.intake.callback.Callbacks;
import vn.hotline1022.intake.caller.CallerFlagStore;
import vn.hotline1022.intake.caller.PhoneNumbers;
import vn.hotline1022.intake.caller.domain.CallerFlag;
import vn.hotline1022.intake.caller.domain.PhoneNumber;
import vn.hotline1022.intake.domain.InvalidValueException;
import vn.hotline1022.intake.telephony.domain.CtiCall;
import vn.hotline1022.intake.telephony.domain.CtiEvent;
import vn.hotline1022.support.web.ConflictException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The switchboard's side of a call: rings, answers and hang-ups as the PBX reports them. A blocked number is
 * rejected on newCall; a call nobody answered becomes a missed-call callback; an answered call is offered to the
 * operator who picked up, to log with the real number and time.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Switchboard {

    /** What the PBX gets back: {} or, for a blocked number on newCall, {"action":"reject","reason":"busy"}. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Reply(String action, String reason) {
        static final Reply NONE = new Reply(null, null);
        static final Reply REJECT = new Reply("reject", "busy");
    }

    private static final Logger log = LoggerFactory.getLogger(Switchboard.class);

    private final CtiCallStore store;
    private final CtiProperties properties;
    private final Extensions extensions;
    private final CtiEvents announcements;
    private final CallerFlagStore flags;
    private final PhoneNumbers phones;
    private final Callbacks callbacks;
    private final CtiMetrics metrics;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    /** The switchboard a token belongs to; compared in constant time, so the token cannot be guessed by timing. */
    Optional<String> boardOf(String token) {
        byte[] given = token == null ? new byte[0] : token.getBytes(StandardCharsets.UTF_8);
        String found = null;
        for (CtiProperties.Switchboard s : properties.switchboards()) {
            if (s.token() != null && s.token().length() >= 16
                    && MessageDigest.isEqual(given, s.token().getBytes(StandardCharsets.UTF_8))) {
                found = s.name();
            }
        }
        return Optional.ofNullable(found);
    }

    Reply handle(String board, CtiEvent e) {
        Instant now = clock.instant();
        for (int attempt = 0; attempt < 5; attempt++) {
            CtiCall before = store.find(CtiCall.id(board, e.callId())).orElse(CtiCall.first(board, e));
            if (before.hasSeen(e.kind())) {
                return reply(before, e);            // the same event again: same answer, nothing changes
            }
            boolean blocked = e.kind() == CtiEvent.Kind.NEW_CALL && e.direction() == CtiEvent.Direction.IN
                    && blocked(e.callerNumber());
            CtiCall after = before.apply(e, now, operatorOf(e), blocked);
            if (store.save(before, after, announcements.of(before, after, now))) {
                if (CtiEvents.dialDecided(before, after)) {
                    metrics.dialled(after.dialOutcome().get().name());
                }
                effects(before, after, now);
                return reply(after, e);
            }
        }
        throw new ConflictException("intake.cti.concurrent-update", e.callId());
    }

    private void effects(CtiCall before, CtiCall after, Instant now) {
        if (after.direction() != CtiEvent.Direction.IN) {
            return;
        }
        if (before.operator() == null && after.operator() != null && after.intakeCallId() == null) {
            events.publishEvent(new PopupStream.Answered(after.operator()));
        }
        if (!before.blocked() && after.blocked()) {
            metrics.counted("blocked");
            log.info("switchboard call {} from {} rejected: blocked number", after.callId(), masked(after.callerNumber()));
        }
        if (before.answeredAt() == null && after.answeredAt() != null) {
            metrics.counted("answered");
            metrics.waited("answered", after.waitSeconds() == null ? 0 : after.waitSeconds());
            e164(after.callerNumber()).ifPresent(n -> callbacks.calledIn(n, now));
        }
        if (!before.missed() && after.missed()) {
            metrics.counted("missed");
            metrics.waited("missed", after.waitSeconds() == null ? 0 : after.waitSeconds());
            callbacks.missed(after.id(), e164(after.callerNumber()).orElse(null), after.ringingAt(), now);
        }
    }

    private static Reply reply(CtiCall call, CtiEvent e) {
        return e.kind() == CtiEvent.Kind.NEW_CALL && call.blocked() ? Reply.REJECT : Reply.NONE;
    }

    private boolean blocked(String number) {
        return e164(number).flatMap(flags::find).map(CallerFlag::blocked).orElse(false);
    }

    /**
     * The desk user behind an event: for a call in, whoever answered ({@code answeringNumber}); for a call out, the
     * calling user the switchboard names ({@code user[]}, Zammad's convention) or, for PBXs that send it instead, the
     * extension in {@code from}.
     */
    private String operatorOf(CtiEvent e) {
        if (e.direction() == CtiEvent.Direction.IN) {
            return extensions.loginFor(e.answeringNumber()).orElse(null);
        }
        for (String user : e.users()) {
            Optional<String> login = extensions.loginFor(user);
            if (login.isPresent()) {
                return login.get();
            }
        }
        return extensions.loginFor(e.from()).orElse(null);
    }

    /** The caller's number in E.164 when it is a Vietnamese number we can dial back; empty otherwise. */
    Optional<String> e164(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(phones.parse("from", raw).e164());
        } catch (InvalidValueException notDialable) {
            return Optional.empty();
        }
    }

    private String masked(String raw) {
        return e164(raw).map(PhoneNumber::mask).orElse("withheld/foreign");
    }

    /** Answered calls of this operator not logged yet, newest first: the console pops them up pre-filled. */
    List<CtiCall> waitingToBeLogged(String operator) {
        return store.answeredBy(operator, clock.instant().minus(properties.popupWindow()));
    }

    /** The operator logged the answered call: it no longer pops up, and reports can join the two. */
    @org.springframework.context.event.EventListener
    void on(vn.hotline1022.intake.call.CallLogged logged) {
        logged(logged.ctiCallId(), logged.callId(), logged.operator());
    }

    void logged(String ctiId, String intakeCallId, String operator) {
        for (int attempt = 0; attempt < 3; attempt++) {
            CtiCall call = store.find(ctiId).orElse(null);
            if (call == null || call.intakeCallId() != null || !operator.equals(call.operator())) {
                return;
            }
            if (store.save(call, call.linked(intakeCallId))) {
                return;
            }
        }
    }

    List<CtiCall> since(Instant from) {
        return store.since(from);
    }
}

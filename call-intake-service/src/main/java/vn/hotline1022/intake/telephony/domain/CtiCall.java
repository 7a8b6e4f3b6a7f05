package vn.hotline1022.intake.telephony.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the switchboard told us about one of its calls. Events may arrive twice or out of order (a hangup before
 * its answer): each kind is applied once, and the facts only ever fill in, so any order gives the same call.
 * {@code callerNumber} is the number as the switchboard gave it (null when withheld).
 */
public record CtiCall(String id, String switchboard, String callId, CtiEvent.Direction direction, String callerNumber,
                      String queue, List<String> users, Instant ringingAt, Instant answeredAt, Instant endedAt,
                      CtiEvent.Cause cause, String answeringNumber, String operator, boolean blocked,
                      Set<CtiEvent.Kind> seen, String intakeCallId, long rev) {

    public CtiCall {
        users = users == null ? List.of() : List.copyOf(users);
        seen = seen == null || seen.isEmpty() ? EnumSet.noneOf(CtiEvent.Kind.class) : EnumSet.copyOf(seen);
    }

    public static String id(String switchboard, String callId) {
        return switchboard + ":" + callId;
    }

    public static CtiCall first(String switchboard, CtiEvent e) {
        return new CtiCall(id(switchboard, e.callId()), switchboard, e.callId(), e.direction(), e.callerNumber(),
                e.queue(), e.users(), null, null, null, null, null, null, false, Set.of(), null, 0);
    }

    public boolean hasSeen(CtiEvent.Kind kind) {
        return seen.contains(kind);
    }

    /**
     * This call with the event applied. {@code operator} is the desk user the answering extension maps to;
     * {@code blockedNumber} whether a supervisor blocked the caller (asked on newCall only).
     */
    public CtiCall apply(CtiEvent e, Instant at, String operator, boolean blockedNumber) {
        Set<CtiEvent.Kind> kinds = EnumSet.copyOf(seen.isEmpty() ? EnumSet.of(e.kind()) : seen);
        kinds.add(e.kind());
        String number = callerNumber != null ? callerNumber : e.callerNumber();
        List<String> who = users.isEmpty() ? e.users() : users;
        String q = queue != null ? queue : e.queue();
        switch (e.kind()) {
            case NEW_CALL:
                return new CtiCall(id, switchboard, callId, direction, number, q, who, ringingAt == null ? at : ringingAt,
                        answeredAt, endedAt, cause, answeringNumber, this.operator != null ? this.operator : operator,
                        blocked || blockedNumber, kinds,
                        intakeCallId, rev);
            case ANSWER:
                return new CtiCall(id, switchboard, callId, direction, number, q, who,
                        ringingAt == null ? at : ringingAt, answeredAt == null ? at : answeredAt, endedAt, cause,
                        answeringNumber != null ? answeringNumber : e.answeringNumber(),
                        this.operator != null ? this.operator : operator, blocked, kinds, intakeCallId, rev);
            default:
                return new CtiCall(id, switchboard, callId, direction, number, q, who,
                        ringingAt == null ? at : ringingAt, answeredAt, endedAt == null ? at : endedAt,
                        cause == null ? e.cause() : cause,
                        answeringNumber != null ? answeringNumber : e.answeringNumber(),
                        this.operator != null ? this.operator : operator, blocked, kinds, intakeCallId, rev);
        }
    }

    /**
     * A call in that rang and ended without anyone picking up: it owes the citizen a call back. A blocked number is
     * not missed (it was refused on purpose); {@code normalClearing} means the call was established, whatever
     * order its events came in.
     */
    public boolean missed() {
        return direction == CtiEvent.Direction.IN && !blocked && endedAt != null && answeredAt == null
                && cause != CtiEvent.Cause.NORMAL_CLEARING;
    }

    /** What the desk's outbound dial came to, once the switchboard has said: answered, or ended with a cause. */
    public enum DialOutcome { CONNECTED, BUSY, NO_ANSWER, UNREACHABLE }

    /**
     * The outcome of an outbound call, empty while it rings (or when the switchboard forwarded it: the outcome is
     * the forwarded call's). {@code normalClearing} means the call was established, whatever order the events came in.
     */
    public java.util.Optional<DialOutcome> dialOutcome() {
        if (direction != CtiEvent.Direction.OUT) {
            return java.util.Optional.empty();
        }
        if (answeredAt != null || cause == CtiEvent.Cause.NORMAL_CLEARING) {
            return java.util.Optional.of(DialOutcome.CONNECTED);
        }
        if (endedAt == null || cause == null) {
            return java.util.Optional.empty();
        }
        switch (cause) {
            case BUSY:
            case CONGESTION:
                return java.util.Optional.of(DialOutcome.BUSY);
            case NO_ANSWER:
            case CANCEL:
                return java.util.Optional.of(DialOutcome.NO_ANSWER);
            case NOT_FOUND:
                return java.util.Optional.of(DialOutcome.UNREACHABLE);
            default:
                return java.util.Optional.empty();
        }
    }

    /** How a call in ended: BLOCKED, ANSWERED (picked up, or cleared normally), else MISSED. */
    public String endOutcome() {
        if (blocked) {
            return "BLOCKED";
        }
        return answeredAt != null || cause == CtiEvent.Cause.NORMAL_CLEARING ? "ANSWERED" : "MISSED";
    }

    /** When the outcome became known: the answer, else the end. */
    public Instant decidedAt() {
        return answeredAt != null ? answeredAt : endedAt;
    }

    public boolean ringing() {
        return answeredAt == null && endedAt == null && !blocked;
    }

    /** Seconds the caller waited: until an operator answered, or until they gave up. */
    public Long waitSeconds() {
        Instant until = answeredAt != null ? answeredAt : endedAt;
        return ringingAt == null || until == null ? null : Math.max(0, Duration.between(ringingAt, until).toSeconds());
    }

    /** Real handle time: from pick-up to hang-up, as the switchboard measured it. */
    public Long talkSeconds() {
        return answeredAt == null || endedAt == null ? null : Math.max(0, Duration.between(answeredAt, endedAt).toSeconds());
    }

    public CtiCall linked(String intakeCall) {
        return new CtiCall(id, switchboard, callId, direction, callerNumber, queue, users, ringingAt, answeredAt, endedAt,
                cause, answeringNumber, operator, blocked, seen, intakeCall, rev);
    }
}

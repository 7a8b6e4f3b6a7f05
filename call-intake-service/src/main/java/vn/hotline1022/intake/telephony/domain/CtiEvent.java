package vn.hotline1022.intake.telephony.domain;

import vn.hotline1022.intake.domain.InvalidValueException;

import java.util.List;
import java.util.Map;

/**
 * One event of a switchboard in the shape of Zammad's generic CTI, which PBXs (Asterisk/FreePBX, 3CX, sipgate,
 * Placetel...) already speak: {@code newCall}, {@code answer}, {@code hangup}, with from, to, direction, callId,
 * user[], queue, cause and answeringNumber. Parsed from form fields or JSON alike; every check names its field.
 */
public record CtiEvent(Kind kind, String callId, String from, String to, Direction direction, List<String> users,
                       String queue, Cause cause, String answeringNumber) {

    public enum Kind { NEW_CALL, ANSWER, HANGUP }

    public enum Direction { IN, OUT }

    /** Zammad's hangup causes; a call never answered and ended by any of them is a missed call. */
    public enum Cause {
        NORMAL_CLEARING("normalClearing"), BUSY("busy"), CANCEL("cancel"), NO_ANSWER("noAnswer"),
        CONGESTION("congestion"), NOT_FOUND("notFound"), FORWARDED("forwarded");

        private final String wire;

        Cause(String wire) {
            this.wire = wire;
        }

        static Cause parse(String value) {
            for (Cause c : values()) {
                if (c.wire.equals(value)) {
                    return c;
                }
            }
            throw new InvalidValueException("cause", "intake.cti.cause.invalid");
        }
    }

    private static final int MAX_CALL_ID = 250;

    /** Reads the fields (form or JSON flattened to lists of strings); {@code user} and {@code user[]} alike. */
    public static CtiEvent parse(Map<String, List<String>> fields) {
        String event = one(fields, "event");
        Kind kind = switch (event == null ? "" : event) {
            case "newCall" -> Kind.NEW_CALL;
            case "answer" -> Kind.ANSWER;
            case "hangup" -> Kind.HANGUP;
            default -> throw new InvalidValueException("event", "intake.cti.event.invalid");
        };
        String callId = one(fields, "callId");
        if (callId == null || callId.isBlank() || callId.length() > MAX_CALL_ID) {
            throw new InvalidValueException("callId", "intake.cti.call-id.required");
        }
        String direction = one(fields, "direction");
        Direction dir = "in".equals(direction) ? Direction.IN : "out".equals(direction) ? Direction.OUT : null;
        if (dir == null) {
            throw new InvalidValueException("direction", "intake.cti.direction.invalid");
        }
        String cause = one(fields, "cause");
        if (kind == Kind.HANGUP && (cause == null || cause.isBlank())) {
            throw new InvalidValueException("cause", "intake.cti.hangup-cause.required");
        }
        List<String> users = new java.util.ArrayList<>(fields.getOrDefault("user[]", List.of()));
        users.addAll(fields.getOrDefault("user", List.of()));
        return new CtiEvent(kind, callId.strip(), limit("from", one(fields, "from")), limit("to", one(fields, "to")),
                dir, users.stream().filter(u -> u != null && !u.isBlank()).map(u -> limit("user", u)).toList(),
                limit("queue", one(fields, "queue")), cause == null || cause.isBlank() ? null : Cause.parse(cause),
                limit("answeringNumber", one(fields, "answeringNumber")));
    }

    /** The caller's number as the switchboard gave it; null when withheld ("anonymous", empty). */
    public String callerNumber() {
        String number = direction == Direction.IN ? from : to;
        return number == null || number.isBlank() || "anonymous".equalsIgnoreCase(number) ? null : number;
    }

    private static String one(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String limit(String field, String value) {
        if (value != null && value.length() > 250) {
            throw new InvalidValueException(field, "intake.cti.max-250");
        }
        return value == null ? null : value.strip();
    }
}

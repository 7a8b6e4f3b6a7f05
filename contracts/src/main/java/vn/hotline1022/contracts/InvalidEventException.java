package vn.hotline1022.contracts;

/**
 * An event that breaks its contract, so no retry can mend it. An {@link IllegalArgumentException} because the
 * services' dead-letter handler parks those on {@code <topic>.DLT} at once, with this message as the reason: it
 * names the field and never quotes a value (values may be a caller's words).
 */
public class InvalidEventException extends IllegalArgumentException {

    /** What {@link #field()} says when the record is not a JSON object at all. */
    public static final String MALFORMED_JSON = "MALFORMED_JSON";

    private final String field;

    public InvalidEventException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The path of the offending field, e.g. {@code payload.callId}, or {@link #MALFORMED_JSON}. */
    public String field() {
        return field;
    }
}

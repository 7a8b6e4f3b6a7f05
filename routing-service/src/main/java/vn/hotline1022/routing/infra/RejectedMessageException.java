package vn.hotline1022.routing.infra;

/**
 * A record that can never be processed (malformed, or not acceptable, e.g. an answer from the wrong unit).
 * Not retried: it goes straight to {@code <topic>.DLT} with the message as the {@code hotline-dlt-reason} header.
 */
public class RejectedMessageException extends IllegalArgumentException {

    public RejectedMessageException(String reason) {
        super(reason);
    }
}

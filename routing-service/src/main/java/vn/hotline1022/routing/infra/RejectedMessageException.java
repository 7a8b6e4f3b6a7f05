package vn.hotline1022.routing.infra;

import vn.hotline1022.contracts.text.CodedException;

/**
 * A record that can never be processed (malformed, or not acceptable, e.g. an answer from the wrong unit).
 * Not retried ({@link KafkaConfig}): it goes straight to {@code <topic>.DLT} with the message, the bundle's
 * Vietnamese text of the code, as the {@code hotline-dlt-reason} header.
 */
public class RejectedMessageException extends CodedException {

    public RejectedMessageException(String messageCode, Object... args) {
        super(messageCode, args);
    }
}

package vn.hotline1022.intake.domain;

import vn.hotline1022.contracts.text.FieldValueException;

/**
 * A value the domain refuses; {@code field} is the request field to blame, so the API can name it. The domain knows
 * no language: it names a message code of the bundle ({@code hotline/messages_vi/en.properties}) and its arguments.
 */
public class InvalidValueException extends FieldValueException {

    public InvalidValueException(String field, String messageCode, Object... args) {
        super(field, messageCode, args);
    }
}

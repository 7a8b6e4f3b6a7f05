package vn.hotline1022.gateway.infra;

import vn.hotline1022.contracts.text.FieldValueException;

/** A request value that is wrong, shown to the user next to {@link #field()} in the client's language. */
public class InvalidFieldException extends FieldValueException {

    public InvalidFieldException(String field, String messageCode, Object... args) {
        super(field, messageCode, args);
    }
}

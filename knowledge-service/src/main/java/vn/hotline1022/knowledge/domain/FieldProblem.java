package vn.hotline1022.knowledge.domain;

import vn.hotline1022.contracts.text.Messages;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A value that cannot be accepted: the field and a code of the message bundle with its arguments, so the API answers
 * in the client's language; {@link #message()} is the Vietnamese text (import reports keep it as written).
 */
public record FieldProblem(String field, String messageCode, List<Object> args) {

    public FieldProblem(String field, String messageCode, Object... args) {
        this(field, messageCode, Collections.unmodifiableList(Arrays.asList(args.clone())));
    }

    public String message() {
        return Messages.vietnamese(messageCode, args.toArray());
    }
}

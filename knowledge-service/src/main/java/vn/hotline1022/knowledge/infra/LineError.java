package vn.hotline1022.knowledge.infra;

import vn.hotline1022.contracts.text.Messages;

/** Why one line of an import (entries or a usage log) was not taken; the other lines still are. */
public record LineError(int line, String externalId, String field, String reason) {

    /** A job keeps only its first errors (its document has to stay small); every failed line is still counted. */
    public static final int MAX_KEPT = 1000;

    /** The reason from the message bundle, in Vietnamese: the job document keeps it as written (see FieldProblem). */
    public static LineError of(int line, String externalId, String field, String messageCode, Object... args) {
        return new LineError(line, externalId, field, Messages.vietnamese(messageCode, args));
    }
}

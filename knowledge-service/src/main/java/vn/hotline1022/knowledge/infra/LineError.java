package vn.hotline1022.knowledge.infra;

/** Why one line of an import (entries or a usage log) was not taken; the other lines still are. */
public record LineError(int line, String externalId, String field, String reason) {

    /** A job keeps only its first errors (its document has to stay small); every failed line is still counted. */
    public static final int MAX_KEPT = 1000;
}

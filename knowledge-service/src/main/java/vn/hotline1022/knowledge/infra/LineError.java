package vn.hotline1022.knowledge.usage;

/** Why one line of a usage import was not taken; the other lines still are. */
record LineError(int line, String externalId, String field, String reason) {
}

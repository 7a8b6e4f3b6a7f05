package vn.hotline1022.knowledge.importing;

/** Why one line of an import was not taken; the other lines still are. */
record RowError(int line, String externalId, String field, String reason) {
}

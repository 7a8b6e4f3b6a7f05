package vn.hotline1022.knowledge.usage;

/** The 202 answer to a usage import: follow {@code Location} until {@code status} is no longer RUNNING. */
record UsageImportStarted(String id, String status, int total) {
}

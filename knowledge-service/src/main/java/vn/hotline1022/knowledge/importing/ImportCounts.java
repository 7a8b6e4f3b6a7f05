package vn.hotline1022.knowledge.importing;

/** Running totals of an import. */
final class ImportCounts {

    int processed;
    int created;
    int updated;
    int unchanged;
    int failed;
}

package vn.hotline1022.knowledge.usage;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of the usage export, in the import's own format so another province can load it as it is. A use with no
 * time has no {@code usedAt}; {@code rejected} is written only when the export was asked to include rejected uses.
 */
record UsageExportLine(String externalId, String question, @JsonInclude(JsonInclude.Include.NON_NULL) String usedAt,
                       String source, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean rejected) {
}

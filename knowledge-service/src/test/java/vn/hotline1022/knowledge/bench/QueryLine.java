package vn.hotline1022.knowledge.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One line of a query file: the gold {@code doc_id}, its queries and, when the data set lists them,
 * {@code equivalent_doc_ids} (other documents that answer the same question; judging data, never indexed).
 * {@code equivalents} is null when the line has no such field, empty when it lists none.
 */
record QueryLine(String gold, Set<String> equivalents, List<String> queries) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static List<QueryLine> read(Path file) throws IOException {
        List<QueryLine> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                out.add(parse(JSON.readTree(line)));
            }
        }
        return out;
    }

    static QueryLine parse(JsonNode node) {
        Set<String> equivalents = null;
        if (node.has("equivalent_doc_ids")) {
            equivalents = new LinkedHashSet<>();
            for (JsonNode id : node.path("equivalent_doc_ids")) {
                equivalents.add(id.asString());
            }
        }
        List<String> queries = new ArrayList<>();
        node.get("queries").forEach(q -> queries.add(q.asString()));
        return new QueryLine(node.get("doc_id").asString(), equivalents, queries);
    }

    /** Rank (1-based) of the gold document in {@code hitIds}, -1 when absent. */
    int strictRank(List<String> hitIds) {
        int i = hitIds.indexOf(gold);
        return i < 0 ? -1 : i + 1;
    }

    /** Rank of the first hit that is the gold document or one of its equivalents, -1 when none is listed. */
    int lenientRank(List<String> hitIds) {
        for (int i = 0; i < hitIds.size(); i++) {
            String id = hitIds.get(i);
            if (id.equals(gold) || (equivalents != null && equivalents.contains(id))) {
                return i + 1;
            }
        }
        return -1;
    }
}

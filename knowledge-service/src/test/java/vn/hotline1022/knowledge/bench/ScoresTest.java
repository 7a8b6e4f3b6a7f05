package vn.hotline1022.knowledge.bench;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoresTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void strictFiguresCountOnlyTheGoldDocumentEquivalentAwareOnesCountItsEquivalentsToo() {
        QueryLine line = QueryLine.parse(JSON.readTree(
                "{\"doc_id\": \"d1\", \"equivalent_doc_ids\": [\"d2\"], \"queries\": [\"a\", \"b\", \"c\"]}"));
        Scores scores = new Scores("set");
        scores.line(line);
        scores.add(line, "q", List.of("d1", "d2"), 1_000_000);       // gold first
        scores.add(line, "q", List.of("d2", "x", "d1"), 2_000_000);  // equivalent first, gold third
        scores.add(line, "q", List.of("x", "y"), 3_000_000);         // neither

        assertThat(scores.recallAt1()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(scores.recallAt5()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(scores.mrrAt10()).isCloseTo((1 + 1 / 3.0) / 3, within(1e-9));
        assertThat(scores.lenientRecallAt5()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(scores.lenientMrrAt10()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(scores.percentileMs(50)).isEqualTo(2.0);
        assertThat(scores.percentileMs(99)).isEqualTo(3.0);
        assertThat(scores.report("t")).contains("recall@1=0.333", "equivalent-aware", "1 lines list equivalents");
    }

    @Test
    void aQueryFileWithoutEquivalentsPrintsOnlyTheStrictLine() {
        QueryLine line = QueryLine.parse(JSON.readTree("{\"doc_id\": \"BT-1\", \"queries\": [\"a\"]}"));
        Scores scores = new Scores("own");
        scores.line(line);
        scores.add(line, "q", List.of("BT-2", "BT-1"), 1);

        assertThat(line.equivalents()).isNull();
        assertThat(scores.mrrAt10()).isEqualTo(0.5);
        assertThat(scores.report("t")).doesNotContain("equivalent-aware");
    }
}

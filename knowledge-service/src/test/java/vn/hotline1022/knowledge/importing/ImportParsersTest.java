package vn.hotline1022.knowledge.importing;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ImportParsersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void csvKeepsQuotedCommasQuotesAndLineBreaks() {
        var table = Csv.parse("a,b\n\"x, y\",\"say \"\"hi\"\"\nnext\"\n");
        assertThat(table).hasSize(2);
        assertThat(table.get(1)).containsExactly("x, y", "say \"hi\"\nnext");
    }

    @Test
    void csvWithSemicolonsFromVietnameseExcel() {
        var file = ImportParsers.parse(ImportParsers.Format.CSV,
                "\uFEFFexternalId;question;answer;topic;tags\nQ1;Hỏi;Đáp;OTHER;a|b\n".getBytes(StandardCharsets.UTF_8), JSON);
        assertThat(file.rows()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.text("externalId")).isEqualTo("Q1");
            assertThat(r.list("tags")).containsExactly("a", "b");
        });
    }

    @Test
    void ndjsonReportsBadLinesByNumberAndKeepsTheRest() {
        var file = ImportParsers.parse(ImportParsers.Format.NDJSON,
                "{\"externalId\":\"A\",\"tags\":[\"x\",\"y\"]}\n\n[1]\n{oops\n".getBytes(StandardCharsets.UTF_8), JSON);
        assertThat(file.rows()).singleElement().satisfies(r -> assertThat(r.list("tags")).containsExactly("x", "y"));
        assertThat(file.errors()).extracting(RowError::line).containsExactly(3, 4);
    }

    @Test
    void rowMapperNamesEveryProblem() {
        var row = new RawRow(7, java.util.Map.of("question", "Hỏi", "answer", "Đáp", "topic", "vaccination",
                "status", "PUBLISH", "validFrom", "2021-13-01", "localities", "LA_GI;HA_NOI"));
        var mapped = RowMapper.map(row);
        assertThat(mapped.content().topic()).isEqualTo("VACCINATION");
        assertThat(mapped.problems()).extracting(p -> p.field())
                .containsExactlyInAnyOrder("externalId", "status", "validFrom", "localities");
    }
}

package vn.hotline1022.knowledge.importing;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.knowledge.infra.LineError;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportParsersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void csvKeepsQuotedCommasQuotesAndLineBreaks() {
        var table = Csv.parse("a,b\n\"x, y\",\"say \"\"hi\"\"\nnext\"\n");
        assertThat(table).hasSize(2);
        assertThat(table.get(1)).containsExactly("x, y", "say \"hi\"\nnext");
    }

    /** Commons CSV (#12), lenient as the hand-written reader was: a file cut inside quotes keeps what it has. */
    @Test
    void csvForgivesSloppyQuotes() {
        assertThat(Csv.parse("a,b\nx,\"y, z")).containsExactly(java.util.List.of("a", "b"), java.util.List.of("x", "y, z"));
        assertThat(Csv.parse("a;b\r\nQ1;Đáp \"ngắn\" thôi\r\n").get(1)).containsExactly("Q1", "Đáp \"ngắn\" thôi");
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
        assertThat(file.errors()).extracting(LineError::line).containsExactly(3, 4);
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

    /** Other wordings of an answer come in as a list (NDJSON array, or "a|b" in a CSV cell), at most ten. */
    @Test
    void answerVariantsAreImportedAndBounded() {
        var file = ImportParsers.parse(ImportParsers.Format.NDJSON, """
                {"externalId":"V1","question":"Hỏi","answer":"Đáp","topic":"OTHER","answerVariants":["Đáp khác"," ","Đáp khác"]}
                """.getBytes(StandardCharsets.UTF_8), JSON);
        var mapped = RowMapper.map(file.rows().get(0));
        assertThat(mapped.problems()).isEmpty();
        assertThat(mapped.content().answerVariants()).containsExactly("Đáp khác");
        var csv = ImportParsers.parse(ImportParsers.Format.CSV,
                "externalId;question;answer;topic;answerVariants\nV2;Hỏi;Đáp;OTHER;một|hai\n".getBytes(StandardCharsets.UTF_8), JSON);
        assertThat(RowMapper.map(csv.rows().get(0)).content().answerVariants()).containsExactly("một", "hai");
        var tooMany = new RawRow(3, java.util.Map.of("externalId", "V3", "question", "Hỏi", "answer", "Đáp",
                "topic", "OTHER", "answerVariants", java.util.stream.IntStream.range(0, 11).mapToObj(i -> "đáp " + i).toList()));
        assertThat(RowMapper.map(tooMany).problems()).extracting(p -> p.field()).containsExactly("answerVariants");
    }

    @Test
    void datesAsTheDeskTypesThem() {
        var row = new RawRow(2, java.util.Map.of("externalId", "X1", "question", "Hỏi", "answer", "Đáp",
                "topic", "VACCINATION", "validFrom", "22/08/2021", "validUntil", "2021-9-5"));
        var dayFirst = RowMapper.map(row);
        assertThat(dayFirst.problems()).extracting(p -> p.field()).containsExactly("validUntil");
        assertThat(dayFirst.content().validFrom()).isEqualTo(java.time.Instant.parse("2021-08-21T17:00:00Z"));
        assertThat(vn.hotline1022.knowledge.domain.DeskDates.parse("5.9.2021"))
                .isEqualTo(java.time.Instant.parse("2021-09-04T17:00:00Z"));
        assertThatThrownBy(() -> vn.hotline1022.knowledge.domain.DeskDates.parse("31/02/2021"))
                .isInstanceOf(java.time.DateTimeException.class);
    }

    @Test
    void aFileThatIsNotOurTableIsRefusedWithAReason() {
        assertThatThrownBy(() -> ImportParsers.parse(ImportParsers.Format.CSV,
                "Kính gửi Sở Y tế,ngày 22/8/2021\nNội dung,thư\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), null))
                .isInstanceOf(ImportParsers.UnreadableFileException.class)
                .hasMessageContaining("externalId").hasMessageContaining("Kính gửi Sở Y tế");
        assertThatThrownBy(() -> ImportParsers.parse(ImportParsers.Format.CSV, new byte[] {' '}, null))
                .isInstanceOf(ImportParsers.UnreadableFileException.class);
    }
}

package vn.hotline1022.reporting.export;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTest {

    @Test
    void quotesAndDefusesFormulas() {
        assertThat(CsvExport.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvExport.cell("nói \"rõ\"")).isEqualTo("\"nói \"\"rõ\"\"\"");
        assertThat(CsvExport.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvExport.cell(-3)).isEqualTo("-3");
    }

    @Test
    void everyRowNamesItsSection() {
        String csv = new String(new CsvExport().render(List.of(new Table("Theo chủ đề",
                List.of("Chủ đề", "Số cuộc gọi"), List.of(List.of("Tiêm vắc xin", 4L, new Percent(0.125)))))), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFMục,Chủ đề,Số cuộc gọi\r\nTheo chủ đề,Tiêm vắc xin,4,\"12,5 %\"\r\n");
    }
}

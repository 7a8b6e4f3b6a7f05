package vn.hotline1022.routing.escalation.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerSubmissionTest {

    private static final String ID = "b6e0d1f4-58a3-4c2b-8e17-90a4c3d2e6f1";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            valid             | b6e0d1f4-58a3-4c2b-8e17-90a4c3d2e6f1 | UBND_LA_GI | Trả lời   | Trần Văn Minh |
            no event id       | null                                 | UBND_LA_GI | Trả lời   | Trần Văn Minh | eventId
            lower-case unit   | b6e0d1f4-58a3-4c2b-8e17-90a4c3d2e6f1 | ubnd_la_gi | Trả lời   | Trần Văn Minh | payload.unitCode
            blank answer      | b6e0d1f4-58a3-4c2b-8e17-90a4c3d2e6f1 | UBND_LA_GI | '  '      | Trần Văn Minh | payload.answer
            no answeredBy     | b6e0d1f4-58a3-4c2b-8e17-90a4c3d2e6f1 | UBND_LA_GI | Trả lời   | null          | payload.answeredBy
            """)
    void schemaChecks(String name, String eventId, String unit, String answer, String by, String problemField) {
        AnswerSubmission s = new AnswerSubmission(eventId, AnswerSubmission.TYPE, ID, unit, answer, by);
        if (problemField == null) {
            assertThat(s.problems()).isEmpty();
        } else {
            assertThat(s.problems()).singleElement().asString().startsWith(problemField + ":");
        }
    }
}

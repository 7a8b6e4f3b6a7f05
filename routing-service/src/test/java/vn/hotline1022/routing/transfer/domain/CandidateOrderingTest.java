package vn.hotline1022.routing.transfer.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hotline1022.routing.directory.domain.FailoverStrategy;
import vn.hotline1022.routing.directory.domain.Hotline;
import vn.hotline1022.routing.directory.domain.LineType;
import vn.hotline1022.routing.directory.domain.Unit;
import vn.hotline1022.routing.directory.domain.UnitKind;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateOrderingTest {

    private static final Instant NOW = Instant.parse("2021-08-27T02:00:00Z");
    private static final LocalTime NINE = LocalTime.of(9, 0);

    private static Unit unit(FailoverStrategy strategy, Hotline... hotlines) {
        return new Unit("TTYT_TANH_LINH", "Trung tâm Y tế huyện Tánh Linh", UnitKind.HEALTH_CENTRE,
                List.of("TANH_LINH"), List.of("HEALTH_STATUS"), List.of(hotlines), true, null, null, strategy, null, false, 1);
    }

    private static Hotline line(String number, int priority) {
        return new Hotline(number, "Số " + priority, LineType.MOBILE, priority, true, "24/7", false);
    }

    private static final Hotline A = line("0968731919", 1);
    private static final Hotline B = line("0975394115", 2);
    private static final Hotline C = line("0912000003", 3);

    @ParameterizedTest(name = "{0} rotation {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PRIORITY    | 0 | A B C
            PRIORITY    | 7 | A B C
            ROUND_ROBIN | 0 | A B C
            ROUND_ROBIN | 1 | B C A
            ROUND_ROBIN | 2 | C A B
            ROUND_ROBIN | 3 | A B C
            """)
    void strategiesOrderTheNumbers(FailoverStrategy strategy, long rotation, String expected) {
        List<String> order = CandidateOrdering.order(unit(strategy, C, A, B), Map.of(), rotation, NOW, NINE)
                .candidates().stream().map(Candidate::number).toList();
        assertThat(order).containsExactlyElementsOf(names(expected));
    }

    @Test
    void leastRecentlyUsedPutsTheLongestRestedNumberFirst() {
        Map<String, NumberHealth> health = new HashMap<>();
        health.put(A.number(), new NumberHealth(A.number(), "U", 0, null, NOW.minusSeconds(10)));
        health.put(B.number(), new NumberHealth(B.number(), "U", 0, null, NOW.minusSeconds(600)));
        List<String> order = CandidateOrdering.order(unit(FailoverStrategy.LEAST_RECENTLY_USED, A, B, C), health, 0,
                NOW, NINE).candidates().stream().map(Candidate::number).toList();
        assertThat(order).containsExactly(C.number(), B.number(), A.number()); // C never used
    }

    @Test
    void coolingAndClosedNumbersAreSkippedButReported() {
        Hotline officeHours = new Hotline("0912000004", "Giờ hành chính", LineType.LANDLINE, 4, true, "07:00-17:00", false);
        Map<String, NumberHealth> health = Map.of(A.number(),
                new NumberHealth(A.number(), "U", 0, NOW.plusSeconds(300), NOW));
        CandidateOrdering.Result r = CandidateOrdering.order(unit(FailoverStrategy.PRIORITY, A, B, officeHours),
                health, 0, NOW, LocalTime.of(21, 30));
        assertThat(r.candidates()).extracting(Candidate::number).containsExactly(B.number());
        assertThat(r.cooling()).extracting(Candidate::number).containsExactly(A.number());
        assertThat(r.closed()).extracting(Candidate::number).containsExactly(officeHours.number());
    }

    @Test
    void placeholdersAndInactiveNumbersAreNeverCandidates() {
        Hotline placeholder = new Hotline(null, "CHỜ BỔ SUNG", LineType.MOBILE, 2, false, null, true);
        Hotline inactive = new Hotline("0912000005", "Tạm ngưng", LineType.MOBILE, 3, false, null, false);
        assertThat(CandidateOrdering.order(unit(FailoverStrategy.PRIORITY, A, placeholder, inactive), Map.of(), 0,
                NOW, NINE).candidates()).extracting(Candidate::number).containsExactly(A.number());
    }

    private static List<String> names(String letters) {
        Map<String, String> byName = Map.of("A", A.number(), "B", B.number(), "C", C.number());
        return Arrays.stream(letters.split(" ")).map(byName::get).toList();
    }
}

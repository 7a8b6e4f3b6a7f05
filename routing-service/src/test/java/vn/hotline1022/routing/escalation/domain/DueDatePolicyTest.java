package vn.hotline1022.routing.escalation.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hotline1022.routing.directory.domain.EscalationDue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DueDatePolicyTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private final DueDatePolicy policy = new DueDatePolicy(VN, new EscalationDue(1, LocalTime.of(17, 0)),
            Set.of(LocalDate.of(2021, 9, 2), LocalDate.of(2021, 9, 3)));

    @ParameterizedTest(name = "raised {0} (unit due: {1}) → due {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2021-08-26T10:00 |        | 2021-08-27T17:00
            2021-08-26T23:30 |        | 2021-08-27T17:00
            2021-08-27T06:59 |        | 2021-08-30T17:00
            2021-08-28T09:00 |        | 2021-08-30T17:00
            2021-09-01T08:00 |        | 2021-09-06T17:00
            2021-08-26T10:00 | 2@11:00 | 2021-08-30T11:00
            2021-08-26T10:00 | 0@20:00 | 2021-08-26T20:00
            """)
    void nextWorkingDayAtFivePmLocalTime(LocalDateTime raised, String unitDue, LocalDateTime due) {
        EscalationDue override = unitDue == null ? null
                : new EscalationDue(Integer.parseInt(unitDue.split("@")[0]), LocalTime.parse(unitDue.split("@")[1]));
        assertThat(policy.dueAt(raised.atZone(VN).toInstant(), override)).isEqualTo(due.atZone(VN).toInstant());
    }
}

package vn.hotline1022.reporting.staffing.domain;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StaffingPlanTest {

    private static final ServiceTarget EIGHTY_IN_TWENTY = new ServiceTarget(0.8, 20);
    // Monday 2 June 2025 to Sunday 15 June: every hour of the week occurs twice
    private static final LocalDate MONDAY = LocalDate.of(2025, 6, 2);
    private static final LocalDate SUNDAY = LocalDate.of(2025, 6, 15);

    @Test
    void hoursAreProvinceHoursOfTheWeekAndAveragedOverTheirOccurrences() {
        WeekOfCalls week = new WeekOfCalls(MONDAY, SUNDAY);
        // 01:10 UTC is 08:10 in Bình Thuận; the same hour a week later
        week.add(Instant.parse("2025-06-02T01:10:00Z"), "tdv.lan", 100);
        week.add(Instant.parse("2025-06-02T01:20:00Z"), "tdv.lan", 200);
        week.add(Instant.parse("2025-06-02T01:30:00Z"), "tdv.minh", null);
        week.add(Instant.parse("2025-06-09T01:40:00Z"), "tdv.lan", 300);
        // 23:30 UTC on Sunday 8 June is 06:30 on Monday 9 June locally
        week.add(Instant.parse("2025-06-08T23:30:00Z"), "tdv.minh", 60);

        HourOfWeek mondayEight = new HourOfWeek(DayOfWeek.MONDAY, 8);
        assertThat(week.occurrences(mondayEight)).isEqualTo(2);
        assertThat(week.calls(mondayEight)).isEqualTo(4);
        assertThat(week.closedCalls(mondayEight)).isEqualTo(3);
        assertThat(week.averageHandleSeconds(mondayEight)).isEqualTo(200.0);
        // two operators on the first Monday, one on the second
        assertThat(week.operatorsWorked(mondayEight)).isEqualTo(1.5);
        assertThat(week.calls(new HourOfWeek(DayOfWeek.MONDAY, 6))).isEqualTo(1);
        assertThat(week.calls(new HourOfWeek(DayOfWeek.SUNDAY, 23))).isZero();
        assertThat(week.overallAverageHandleSeconds()).isEqualTo(165.0);
    }

    @Test
    void anHourWithFewClosedCallsBorrowsTheRangesHandleTimeAndSaysSo() {
        WeekOfCalls week = new WeekOfCalls(MONDAY, SUNDAY);
        for (int i = 0; i < 5; i++) { // Tuesday 09:xx, both weeks: 10 calls of 360 s
            week.add(Instant.parse("2025-06-03T02:0" + i + ":00Z"), "op" + i, 360);
            week.add(Instant.parse("2025-06-10T02:0" + i + ":00Z"), "op" + i, 360);
        }
        week.add(Instant.parse("2025-06-04T03:00:00Z"), "op1", 30); // Wednesday 10:00, one short call

        List<PlannedHour> plan = StaffingPlan.of(week, EIGHTY_IN_TWENTY);
        assertThat(plan).hasSize(168);
        assertThat(plan.get(0).dayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(plan.get(0).hour()).isZero();
        assertThat(plan.get(167).dayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);

        PlannedHour tuesday = plan.get(24 + 9);
        assertThat(tuesday.handleTimeBasis()).isEqualTo(HandleTimeBasis.HOUR);
        assertThat(tuesday.averageHandleSeconds()).isEqualTo(360.0);
        assertThat(tuesday.callsPerHour()).isEqualTo(5.0);
        // 5 calls/h × 360 s = 0.5 Erlang; 1 operator: P(wait) = 0.5, SL = 1 − 0.5·e^(−0.5·20/360) = 0.5137 < 0.8;
        // 2 operators: B(2, 0.5) = 0.0769, C = 2·0.0769/(2 − 0.5·0.9231) = 0.1, SL = 1 − 0.1·e^(−1.5·20/360) = 0.908
        assertThat(tuesday.operatorsNeeded()).isEqualTo(2);
        assertThat(tuesday.estimate().probabilityOfWaiting()).isEqualTo(0.1);
        assertThat(tuesday.operatorsWorked()).isEqualTo(5.0);
        assertThat(tuesday.gap()).isEqualTo(3.0);

        PlannedHour wednesday = plan.get(2 * 24 + 10);
        assertThat(wednesday.handleTimeBasis()).isEqualTo(HandleTimeBasis.RANGE);
        // (10 × 360 + 30) / 11 = 330 s
        assertThat(wednesday.averageHandleSeconds()).isEqualTo(330.0);
        assertThat(wednesday.callsPerHour()).isEqualTo(0.5);
        assertThat(wednesday.operatorsNeeded()).isEqualTo(1);
        assertThat(wednesday.operatorsWorked()).isEqualTo(0.5);
        assertThat(wednesday.gap()).isEqualTo(-0.5);

        PlannedHour quiet = plan.get(3 * 24 + 3);
        assertThat(quiet.calls()).isZero();
        assertThat(quiet.operatorsNeeded()).isZero();
        assertThat(quiet.gap()).isZero();
    }

    @Test
    void withoutAnyClosedCallThereIsNoEstimateButNoFailureEither() {
        WeekOfCalls week = new WeekOfCalls(MONDAY, MONDAY);
        week.add(Instant.parse("2025-06-02T01:10:00Z"), "tdv.lan", null);
        List<PlannedHour> plan = StaffingPlan.of(week, EIGHTY_IN_TWENTY);
        PlannedHour eight = plan.get(8);
        assertThat(eight.handleTimeBasis()).isEqualTo(HandleTimeBasis.NONE);
        assertThat(eight.operatorsNeeded()).isNull();
        assertThat(eight.estimate()).isNull();
        assertThat(eight.gap()).isNull();
        assertThat(eight.operatorsWorked()).isEqualTo(1.0);
        // a single day: Monday's hours occur once, the other days' not at all
        assertThat(plan.get(9).occurrences()).isEqualTo(1);
        assertThat(plan.get(9).operatorsNeeded()).isZero();
        assertThat(plan.get(24 + 9).occurrences()).isZero();
    }

    @Test
    void handleTimesOfCallsLeftOpenForHoursAreNotTalkTime() {
        WeekOfCalls week = new WeekOfCalls(MONDAY, MONDAY);
        week.add(Instant.parse("2025-06-02T01:10:00Z"), "tdv.lan", 120);
        week.add(Instant.parse("2025-06-02T01:20:00Z"), "tdv.lan", 3 * 86_400); // closed days later by a supervisor
        week.add(Instant.parse("2025-06-02T01:30:00Z"), "tdv.lan", -5);
        week.add(Instant.parse("2025-06-01T16:59:59Z"), "tdv.lan", 100); // the day before, locally
        HourOfWeek eight = new HourOfWeek(DayOfWeek.MONDAY, 8);
        assertThat(week.calls(eight)).isEqualTo(3);
        assertThat(week.closedCalls(eight)).isEqualTo(1);
        assertThat(week.overallAverageHandleSeconds()).isEqualTo(120.0);
        assertThat(week.totalCalls()).isEqualTo(3);
    }

    /**
     * #14: where the switchboard reports its calls, callers who gave up count as arrivals, and their waits give the
     * callers' patience: Erlang A plans the hour; without abandonment (or too few calls) Erlang C stays.
     */
    @Test
    void theSwitchboardsCallersWhoGaveUpMakeItErlangA() {
        WeekOfCalls week = new WeekOfCalls(MONDAY, SUNDAY);
        for (int i = 0; i < 10; i++) { // Tuesday 09:xx both weeks: 20 logged calls of 240 s, answered after 10 s
            for (String day : new String[] {"2025-06-03", "2025-06-10"}) {
                Instant at = Instant.parse(day + "T02:0" + i + ":00Z");
                week.add(at, "op" + i, 240);
                week.addSwitchboardCall(at, "ANSWERED", 10L);
            }
        }
        for (int i = 0; i < 4; i++) { // and 4 callers each week gave up after 60 s: they never became logged calls
            week.addSwitchboardCall(Instant.parse("2025-06-03T02:3" + i + ":00Z"), "MISSED", 60L);
            week.addSwitchboardCall(Instant.parse("2025-06-10T02:3" + i + ":00Z"), "MISSED", 60L);
        }
        week.addSwitchboardCall(Instant.parse("2025-06-03T02:50:00Z"), "BLOCKED", 0L); // refused: counts nowhere
        HourOfWeek tuesdayNine = new HourOfWeek(DayOfWeek.TUESDAY, 9);
        assertThat(week.rang(tuesdayNine)).isEqualTo(28);
        assertThat(week.abandonment(tuesdayNine)).isEqualTo(8 / 28.0);
        // 20 × 10 s + 8 × 60 s waited in all, by 8 callers who gave up: 85 s of patience
        assertThat(week.patienceSeconds(tuesdayNine, StaffingPlan.MIN_RANG_FOR_PATIENCE)).isEqualTo(85.0);

        PlannedHour tuesday = StaffingPlan.of(week, EIGHTY_IN_TWENTY).get(24 + 9);
        assertThat(tuesday.model()).isEqualTo("ERLANG_A");
        assertThat(tuesday.calls()).isEqualTo(20);
        assertThat(tuesday.callsPerHour()).as("14 arrivals an hour, not the 10 logged").isEqualTo(14.0);
        ErlangAEstimate a = ErlangA.staff(14, 240, 85, EIGHTY_IN_TWENTY);
        assertThat(tuesday.operatorsNeeded()).isEqualTo(a.agents());
        assertThat(tuesday.patienceSeconds()).isEqualTo(85.0);

        PlannedHour wednesday = StaffingPlan.of(week, EIGHTY_IN_TWENTY).get(48 + 9);
        assertThat(wednesday.model()).isEqualTo("ERLANG_C");
        assertThat(wednesday.rang()).isZero();
        assertThat(wednesday.abandonment()).isNull();
    }
}

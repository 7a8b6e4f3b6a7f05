package vn.hotline1022.reporting.staffing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.SwitchboardCallEnded;
import vn.hotline1022.contracts.events.CallClosed;
import vn.hotline1022.contracts.events.CallReceived;
import vn.hotline1022.reporting.ReportingIT;
import vn.hotline1022.testsupport.TestAuth;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Calls in on the embedded broker, staffing out over HTTP, for two weeks (Monday 1 to Sunday 14 September 2025, so
 * every hour of the week occurs twice) with this pattern, in province time (UTC+7):
 * <ul>
 *   <li>Monday 08:00–09:00, both Mondays: 10 calls of 360 s. Week one tdv.lan and tdv.minh take them, week two
 *   tdv.lan alone.</li>
 *   <li>Tuesday 2 September 14:05: one call of 150 s, tdv.minh.</li>
 *   <li>Wednesday 10 September 20:15: one call never closed, tdv.lan.</li>
 *   <li>Sunday 31 August 23:30, the evening before the range: one call that must not count.</li>
 * </ul>
 * By hand, for 80 % answered within 20 s:
 * <ul>
 *   <li>Monday 08h: λ = 20 calls / 2 Mondays = 10 calls/h; 20 closed calls ≥ 5, so its own mean, 360 s;
 *   A = 10 × 360 / 3600 = 1 Erlang. Erlang B: B(1) = 1/2, B(2) = 0.5/2.5 = 1/5, B(3) = 0.2/3.2 = 1/16.
 *   N = 2: C = 2·(1/5) / (2 − 1·4/5) = 1/3, answered within 20 s = 1 − (1/3)·e^(−1·20/360) = 0.6847: too few.
 *   N = 3: C = 3·(1/16) / (3 − 15/16) = 1/11, within 20 s = 1 − (1/11)·e^(−2·20/360) = 0.9187 ≥ 0.8: 3 needed;
 *   ASA = (1/11)·360/2 = 16.36 s, occupancy 1/3. Worked: (2 + 1) / 2 = 1.5 operators, so the gap is −1.5.
 *   For 95 % within 10 s: N = 3 gives 1 − (1/11)·e^(−2·10/360) = 0.9140, too few; N = 4: B(4) = (1/16)/(4 + 1/16)
 *   = 1/65, C = 4/65 / (4 − 64/65) = 1/49, 1 − (1/49)·e^(−3·10/360) = 0.9812: 4 needed.</li>
 *   <li>Tuesday 14h: one closed call, fewer than 5, so the range's mean: (20 × 360 + 150) / 21 = 350 s, flagged
 *   RANGE. λ = 1/2 call/h, A = 0.5 × 350 / 3600 = 0.0486; one operator: C = A = 0.0486, within 20 s 0.954: 1
 *   needed. tdv.minh worked one of the two Tuesdays: 0.5, short by 0.5.</li>
 *   <li>Wednesday 20h: the open call counts as an arrival (0.5/h) but has no handle time: range mean, 1 needed.</li>
 * </ul>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hotline.reporting.metrics.refresh=PT1H"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers", topics = {
        Topics.CALL_RECEIVED, Topics.CALL_CLOSED, Topics.TRANSFER_ATTEMPTED, Topics.TRANSFER_COMPLETED,
        Topics.UNIT_UNREACHABLE, Topics.UNIT_CHANGED, Topics.ESCALATION_ANSWERED, Topics.ESCALATION_OVERDUE,
        Topics.KNOWLEDGE_CHANGED, Topics.KNOWLEDGE_SEARCH_MISSED, Topics.DIGEST_GENERATED,
        Topics.SWITCHBOARD_CALL_ENDED})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffingIT extends ReportingIT {

    private static final String RANGE = "from=2025-09-01&to=2025-09-14";
    private static final int MONDAY_8 = 8;
    private static final int TUESDAY_14 = 24 + 14;
    private static final int WEDNESDAY_20 = 2 * 24 + 20;

    @BeforeAll
    void publishTwoWeeksOfCalls() throws Exception {
        for (String monday : new String[] {"2025-09-01", "2025-09-08"}) {
            for (int i = 0; i < 10; i++) {
                boolean weekOne = monday.equals("2025-09-01");
                String operator = weekOne && i % 2 == 1 ? "tdv.minh" : "tdv.lan";
                Instant at = Instant.parse(monday + "T01:0" + i + ":00Z"); // 08:0i in Bình Thuận
                call(monday + "-" + i, operator, at, 360L);
            }
        }
        call("TUE", "tdv.minh", Instant.parse("2025-09-02T07:05:00Z"), 150L);
        call("WED-OPEN", "tdv.lan", Instant.parse("2025-09-10T13:15:00Z"), null);
        call("BEFORE", "tdv.lan", Instant.parse("2025-08-31T16:30:00Z"), 60L);
    }

    @Test
    void eachHourOfTheWeekGetsErlangCsOperatorsAndTheOperatorsWhoWorked() throws Exception {
        JsonNode s = await().atMost(Duration.ofSeconds(60)).until(() -> getJson("/api/reports/staffing?" + RANGE),
                r -> r.path("calls").asLong() == 22 && r.path("closedCalls").asLong() == 21);
        assertThat(s.path("serviceLevel").asDouble()).isEqualTo(0.8);
        assertThat(s.path("answerWithinSeconds").asInt()).isEqualTo(20);
        assertThat(s.path("averageHandleSeconds").asDouble()).isEqualTo(350.0);
        assertThat(s.path("hours").size()).isEqualTo(168);

        JsonNode monday = s.path("hours").path(MONDAY_8);
        assertThat(monday.path("dayOfWeek").asString()).isEqualTo("MONDAY");
        assertThat(monday.path("hour").asInt()).isEqualTo(8);
        assertThat(monday.path("occurrences").asInt()).isEqualTo(2);
        assertThat(monday.path("callsPerHour").asDouble()).isEqualTo(10.0);
        assertThat(monday.path("handleTimeBasis").asString()).isEqualTo("HOUR");
        assertThat(monday.path("averageHandleSeconds").asDouble()).isEqualTo(360.0);
        assertThat(monday.path("operatorsNeeded").asInt()).isEqualTo(3);
        assertThat(monday.path("operatorsWorked").asDouble()).isEqualTo(1.5);
        assertThat(monday.path("gap").asDouble()).isEqualTo(-1.5);
        JsonNode estimate = monday.path("estimate");
        assertThat(estimate.path("trafficErlangs").asDouble()).isEqualTo(1.0);
        assertThat(estimate.path("probabilityOfWaiting").asDouble()).isEqualTo(0.0909);
        assertThat(estimate.path("serviceLevel").asDouble()).isEqualTo(0.9187);
        assertThat(estimate.path("averageSpeedOfAnswerSeconds").asDouble()).isEqualTo(16.3636);
        assertThat(estimate.path("occupancy").asDouble()).isEqualTo(0.3333);

        JsonNode tuesday = s.path("hours").path(TUESDAY_14);
        assertThat(tuesday.path("calls").asLong()).isEqualTo(1);
        assertThat(tuesday.path("handleTimeBasis").asString()).isEqualTo("RANGE");
        assertThat(tuesday.path("averageHandleSeconds").asDouble()).isEqualTo(350.0);
        assertThat(tuesday.path("operatorsNeeded").asInt()).isEqualTo(1);
        assertThat(tuesday.path("operatorsWorked").asDouble()).isEqualTo(0.5);
        assertThat(tuesday.path("gap").asDouble()).isEqualTo(-0.5);

        JsonNode wednesday = s.path("hours").path(WEDNESDAY_20);
        assertThat(wednesday.path("calls").asLong()).isEqualTo(1);
        assertThat(wednesday.path("closedCalls").asLong()).isZero();
        assertThat(wednesday.path("operatorsNeeded").asInt()).isEqualTo(1);

        // the evening before the range (Sunday 23:30) is not in it, and a quiet hour needs nobody
        assertThat(s.path("hours").path(6 * 24 + 23).path("calls").asLong()).isZero();
        assertThat(s.path("hours").path(6 * 24 + 23).path("operatorsNeeded").asInt()).isZero();

        JsonNode strict = getJson("/api/reports/staffing?" + RANGE + "&serviceLevel=0.95&answerWithinSeconds=10");
        assertThat(strict.path("hours").path(MONDAY_8).path("operatorsNeeded").asInt()).isEqualTo(4);
    }

    /** #14: the switchboard's calls of Thursday 10:00, some callers giving up: that hour is planned with Erlang A. */
    @Test
    void theSwitchboardsCallersWhoGaveUpMakeTheirHourErlangA() throws Exception {
        for (String thursday : new String[] {"2025-09-04", "2025-09-11"}) {
            for (int i = 0; i < 8; i++) {
                Instant at = Instant.parse(thursday + "T03:1" + i + ":00Z"); // 10:1i in Bình Thuận
                String outcome = i < 6 ? "ANSWERED" : "MISSED";
                long wait = i < 6 ? 15 : 45;
                send(Topics.SWITCHBOARD_CALL_ENDED, "pbx:" + thursday + i, EventType.SWITCHBOARD_CALL_ENDED,
                        new SwitchboardCallEnded("pbx:" + thursday + i, "pbx", at, i < 6 ? at.plusSeconds(wait) : null,
                                at.plusSeconds(300), outcome, wait, i < 6 ? 240L : null), at.plusSeconds(300));
            }
        }
        // the same call reported twice counts once
        Instant at = Instant.parse("2025-09-04T03:10:00Z");
        send(Topics.SWITCHBOARD_CALL_ENDED, "pbx:2025-09-040", EventType.SWITCHBOARD_CALL_ENDED,
                new SwitchboardCallEnded("pbx:2025-09-040", "pbx", at, at.plusSeconds(15), at.plusSeconds(300),
                        "ANSWERED", 15L, 240L), at.plusSeconds(300));
        JsonNode thursday = await().atMost(Duration.ofSeconds(60))
                .until(() -> getJson("/api/reports/staffing?" + RANGE).path("hours").path(3 * 24 + 10),
                        h -> h.path("rang").asLong() == 16);
        assertThat(thursday.path("model").asString()).isEqualTo("ERLANG_A");
        assertThat(thursday.path("callsPerHour").asDouble()).isEqualTo(8.0);
        assertThat(thursday.path("abandonment").asDouble()).isEqualTo(0.25);
        // 12 × 15 s + 4 × 45 s waited, 4 gave up: 90 s of patience
        assertThat(thursday.path("patienceSeconds").asDouble()).isEqualTo(90.0);
        assertThat(thursday.path("operatorsNeeded").asInt()).isPositive();
        assertThat(getJson("/api/reports/staffing?" + RANGE).path("hours").path(MONDAY_8).path("model").asString())
                .isEqualTo("ERLANG_C");
    }

    @Test
    void badParametersAreProblemsNamingTheFieldAndNeverServerErrors() throws Exception {
        assertProblem("/api/reports/staffing?to=2025-09-14", "from");
        assertProblem("/api/reports/staffing?from=2025-09-14&to=2025-09-01", "to");
        assertProblem("/api/reports/staffing?from=2024-01-01&to=2025-09-01", "to");
        assertProblem("/api/reports/staffing?" + RANGE + "&serviceLevel=1", "serviceLevel");
        assertProblem("/api/reports/staffing?" + RANGE + "&serviceLevel=0", "serviceLevel");
        assertProblem("/api/reports/staffing?" + RANGE + "&serviceLevel=NaN", "serviceLevel");
        assertProblem("/api/reports/staffing?" + RANGE + "&serviceLevel=1e400", "serviceLevel");
        assertProblem("/api/reports/staffing?" + RANGE + "&serviceLevel=80%25", "serviceLevel");
        assertProblem("/api/reports/staffing?" + RANGE + "&answerWithinSeconds=0", "answerWithinSeconds");
        assertProblem("/api/reports/staffing?" + RANGE + "&answerWithinSeconds=601", "answerWithinSeconds");
        assertProblem("/api/reports/staffing?" + RANGE + "&answerWithinSeconds=99999999999", "answerWithinSeconds");
        HttpResponse<String> vietnamese = get("/api/reports/staffing?" + RANGE + "&serviceLevel=2", SUPERVISOR);
        assertThat(json.readTree(vietnamese.body()).path("errors").path(0).path("message").asString())
                .contains("Mức phục vụ");
        // a whole year, and the edges of what a date can be, still answer
        assertThat(get("/api/reports/staffing?from=2025-01-01&to=2025-12-31&serviceLevel=0.999999&answerWithinSeconds=1",
                SUPERVISOR).statusCode()).isEqualTo(200);
        assertThat(get("/api/reports/staffing?from=9999-12-31&to=9999-12-31", SUPERVISOR).statusCode()).isEqualTo(200);
    }

    @Test
    void theSameRolesAsTheSummary() throws Exception {
        assertThat(get("/api/reports/staffing?" + RANGE, new HttpHeaders()).statusCode()).isEqualTo(401);
        assertThat(get("/api/reports/staffing?" + RANGE, TestAuth.as("operator1", "OPERATOR", null)).statusCode())
                .isEqualTo(403);
        assertThat(get("/api/reports/staffing?" + RANGE, TestAuth.as("ops1", "OPS", null)).statusCode())
                .isEqualTo(200);
    }

    private void call(String id, String operator, Instant at, Long handleSeconds) throws Exception {
        send(Topics.CALL_RECEIVED, id, EventType.CALL_RECEIVED,
                new CallReceived(id, operator, "PHONE", "PHAN_THIET", "VACCINATION", at, false), at);
        if (handleSeconds != null) {
            Instant closedAt = at.plusSeconds(handleSeconds);
            send(Topics.CALL_CLOSED, id, EventType.CALL_CLOSED, new CallClosed(id, "ANSWERED_FROM_KB", handleSeconds,
                    "KB-1", null, null, "VACCINATION", "PHAN_THIET", closedAt), closedAt);
        }
    }
}

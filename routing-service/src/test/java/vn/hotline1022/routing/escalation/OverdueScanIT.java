package vn.hotline1022.routing.escalation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.testsupport.TestAuth;
import vn.hotline1022.routing.support.RoutingITBase;
import vn.hotline1022.routing.support.TestClock;
import vn.hotline1022.testsupport.TopicReader;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An escalation past its due time: one reminder event, the per-unit gauge, and no second reminder. */
class OverdueScanIT extends RoutingITBase {

    private static final String UNIT = "BV_PHIA_NAM";
    private static final String GAUGE = "hotline_escalations_overdue{application=\"routing-service\",unit=\"" + UNIT + "\"} ";

    @Autowired
    Escalations escalations;
    @Autowired
    OverdueScanner scanner;
    @Autowired
    EscalationStore store;
    @Autowired
    TestClock clock;

    /** A question escalated to {@link #UNIT} now: its id. */
    private String raise(String callId, String question) {
        return escalations.raise(new Escalations.NewQuestion("evt-" + UUID.randomUUID(), callId, question,
                "HEALTH_STATUS", "HAM_TAN", Instant.now(), UNIT)).escalationId();
    }

    /** The tests move the service's clock past due times; the next test starts at the real time again. */
    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private List<JsonNode> remindersFor(String id) {
        return TopicReader.forKey(bootstrap, Topics.ESCALATION_OVERDUE, id);
    }

    @Test
    void pastDueRaisesOneReminderAndTheGaugeUntilAnswered() {
        String id = raise("CALL-OD-1",
                "Bệnh viện khu vực phía Nam có nhận sản phụ từ vùng phong toả không?");
        Instant dueAt = store.find(id).orElseThrow().dueAt();
        scanner.scan();
        assertThat(api().getText("/actuator/prometheus")).contains(GAUGE + "0.0");
        assertThat(storedEscalation(id).get("overdueNotified")).isNull();

        clock.advance(Duration.between(Instant.now(), dueAt).plusMinutes(1));
        scanner.scan();
        assertThat(storedEscalation(id).getBoolean("overdueNotified")).isTrue();
        assertThat(api().getText("/actuator/prometheus")).contains(GAUGE + "1.0");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(remindersFor(id)).singleElement()
                .satisfies(e -> assertThat(e.path("payload").path("unitCode").asString()).isEqualTo(UNIT)));

        scanner.scan(); // a later scan: still overdue, but already reminded
        await().atMost(Duration.ofSeconds(20)).until(() ->
                !storedEscalation(id).getBoolean("outboxPending", false));
        assertThat(remindersFor(id)).hasSize(1);
        assertThat(api().getText("/actuator/prometheus")).contains(GAUGE + "1.0");

        assertThat(api().post("/api/escalations/" + id + "/answer", TestAuth.as("cb.bvpn", "UNIT", UNIT),
                "{\"answer\":\"Có, bệnh viện có khu cách ly riêng cho sản phụ.\"}").status()).isEqualTo(200);
        scanner.scan();
        assertThat(api().getText("/actuator/prometheus")).contains(GAUGE + "0.0");
    }

    /** #13: hours before the due time the unit gets one reminder on its own topic, beside the escalation itself. */
    @Test
    void theUnitIsRemindedOnceOnItsOwnTopicBeforeTheDueTime() {
        String id = raise("CALL-DS-1",
                "Bệnh viện khu vực phía Nam có khám cho người từ Phú Quý vào không?");
        Instant dueAt = store.find(id).orElseThrow().dueAt();
        scanner.scan();
        assertThat(storedEscalation(id).get("dueSoonNotified")).isNull();
        clock.advance(Duration.between(Instant.now(), dueAt).minusHours(1));
        scanner.scan();
        scanner.scan();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> onUnitTopic = TopicReader.forKey(bootstrap, Topics.escalationsFor(UNIT), id);
            assertThat(onUnitTopic).extracting(e -> e.path("type").asString())
                    .containsExactly("hotline.escalation.raised", "hotline.escalation.due-soon");
            assertThat(onUnitTopic.get(1).path("payload").path("dueAt").asString()).isNotBlank();
        });
        assertThat(remindersFor(id)).as("not overdue yet").isEmpty();
        // answered in time: nothing left open to count in the other test's overdue gauge
        assertThat(api().post("/api/escalations/" + id + "/answer", TestAuth.as("cb.bvpn", "UNIT", UNIT),
                "{\"answer\":\"Có, bệnh viện khám cho mọi người dân.\"}").status()).isEqualTo(200);
    }
}

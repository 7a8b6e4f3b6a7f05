package vn.hotline1022.routing.transfer;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.SwitchboardDialled;
import vn.hotline1022.routing.support.Events;
import vn.hotline1022.routing.support.RoutingITBase;
import vn.hotline1022.testsupport.Api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * #14: when the switchboard reports the operator's outbound dial, the transfer records the attempt by itself (the
 * per-line health and the failover follow); a repeated report or the operator's button afterwards adds nothing.
 */
class SwitchboardDialsIT extends RoutingITBase {

    @Autowired
    Clock clock;
    @Autowired
    MeterRegistry meters;

    private void dialled(String ctiCallId, String operator, String number, String outcome) {
        Instant now = clock.instant();
        EventEnvelope<SwitchboardDialled> e = EventEnvelope.of(EventType.SWITCHBOARD_DIALLED, ctiCallId,
                new SwitchboardDialled(ctiCallId, "test-pbx", operator, number, outcome, now.minusSeconds(15), now), now);
        Events.send(bootstrap, Topics.SWITCHBOARD_DIALLED, ctiCallId, Events.json(e));
    }

    private double taken(String result) {
        var counter = meters.find("hotline_transfer_switchboard_dials_total").tag("result", result).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void theSwitchboardsReportOfADialBecomesTheTransfersAttempt() {
        String callId = "CALL-" + UUID.randomUUID();
        Api.Response plan = planTransfer(callId, "PRICES_GOODS", "PHU_QUY");
        String id = plan.body().path("id").asString();
        String first = plan.body().path("next").path("number").asString();       // as the operator reads it
        String international = "+84" + first.replace(".", "").substring(1);       // as a switchboard may send it

        String cti = "test-pbx:" + UUID.randomUUID();
        dialled(cti, "tdv01", international, "BUSY");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode t = api().get("/api/transfers/" + id, OPERATOR).body();
            assertThat(t.path("attempts")).hasSize(1);
            assertThat(t.path("attempts").get(0).path("outcome").asString()).isEqualTo("BUSY");
            assertThat(t.path("attempts").get(0).path("bySwitchboard").asBoolean()).isTrue();
            assertThat(t.path("attempts").get(0).path("number").asString()).isEqualTo(first);
        });
        // the operator also pressed "Máy bận": the dial is recorded already (Phú Quý's only number: the plan has
        // ended, 409; with numbers left it is a 400 naming the number), nothing doubles
        Api.Response button = api().post("/api/transfers/" + id + "/attempts", OPERATOR,
                "{\"number\":\"" + first + "\",\"outcome\":\"BUSY\"}");
        assertThat(button.status()).as(button.raw()).isIn(400, 409);

        double again = taken("ALREADY_RECORDED");
        dialled(cti, "tdv01", international, "BUSY");                          // redelivered, new eventId
        double strangers = taken("NO_TRANSFER");
        dialled("test-pbx:" + UUID.randomUUID(), "someone-else", international, "CONNECTED");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(taken("ALREADY_RECORDED")).isGreaterThan(again);
            assertThat(taken("NO_TRANSFER")).isGreaterThan(strangers);
        });
        JsonNode t = api().get("/api/transfers/" + id, OPERATOR).body();
        assertThat(t.path("attempts")).hasSize(1);
    }

    @Test
    void aConnectedDialEndsTheTransferAsTheButtonWould() {
        String callId = "CALL-" + UUID.randomUUID();
        Api.Response plan = planTransfer(callId, "TRAVEL_TRANSPORT", "HAM_TAN");
        String id = plan.body().path("id").asString();
        String number = plan.body().path("next").path("number").asString();
        dialled("test-pbx:" + UUID.randomUUID(), "tdv01", "9" + number.replace(".", ""), "CONNECTED");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api().get("/api/transfers/" + id, OPERATOR).body().path("status").asString())
                        .isEqualTo("CONNECTED"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(vn.hotline1022.testsupport.TopicReader.forCall(bootstrap, Topics.TRANSFER_COMPLETED, callId))
                        .singleElement()
                        .satisfies(e -> assertThat(e.path("payload").path("connected").asBoolean()).isTrue()));
    }
}

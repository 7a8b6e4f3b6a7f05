package vn.hotline1022.routing.transfer;

import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.routing.support.RoutingITBase;
import vn.hotline1022.testsupport.Api;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * ADR-007 on the real broker: a plan for a call whose call.received is still on its way waits for it; a call that
 * never reaches routing is a 409 naming callId, for supervisors too, and leaves no transfer behind.
 */
class CallKnownIT extends RoutingITBase {

    @Autowired
    MeterRegistry meters;

    private double waiting() {
        Gauge gauge = meters.find("hotline_transfer_calls_awaited").gauge();
        return gauge == null ? 0 : gauge.value();
    }

    private double waitsEnded(String outcome) {
        Counter counter = meters.find("hotline_transfer_call_waits_total").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String body(String callId) {
        return "{\"callId\":\"" + callId + "\",\"topic\":\"TRAVEL_TRANSPORT\",\"locality\":\"HAM_TAN\"}";
    }

    @Test
    void aCallWhoseEventArrivesWhileThePlanWaitsIsPlanned() throws Exception {
        callReceived("CALL-" + UUID.randomUUID(), OPERATOR_USER);      // routing's listeners have their partitions
        String callId = "CALL-" + UUID.randomUUID();
        double arrived = waitsEnded("arrived");

        CompletableFuture<Api.Response> plan = CompletableFuture.supplyAsync(
                () -> api().post("/api/transfers", OPERATOR, body(callId)));
        await().atMost(Duration.ofSeconds(2)).until(() -> waiting() >= 1);
        // intake's event as it writes it, after the console already asked for the plan
        kafka.send(Topics.CALL_RECEIVED, callId, """
                {"eventId":"%s","type":"hotline.call.received","schemaVersion":1,"occurredAt":"2026-11-30T01:00:00Z",
                 "key":"%s","payload":{"callId":"%s","operator":"%s","channel":"PHONE","locality":"HAM_TAN",
                 "topic":"TRAVEL_TRANSPORT","receivedAt":"2026-11-30T01:00:00Z","repeatCaller":false}}"""
                .formatted(UUID.randomUUID(), callId, callId, OPERATOR_USER)).get(10, TimeUnit.SECONDS);

        Api.Response planned = plan.get(10, TimeUnit.SECONDS);
        assertThat(planned.status()).as(planned.raw()).isEqualTo(201);
        assertThat(planned.body().path("callId").asString()).isEqualTo(callId);
        assertThat(waitsEnded("arrived")).isEqualTo(arrived + 1);
    }

    @Test
    void aCallThatNeverReachesRoutingIsA409ForOperatorsAndSupervisorsAlike() {
        String callId = "CALL-NEVER-" + UUID.randomUUID();
        double late = waitsEnded("late");
        for (var user : java.util.List.of(OPERATOR, SUPERVISOR)) {
            Api.Response refused = api().post("/api/transfers", user, body(callId));
            assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
            assertThat(refused.header("Retry-After")).isEqualTo("3");
            assertThat(refused.body().path("errors").path(0).path("field").asString()).isEqualTo("callId");
            assertThat(refused.body().path("detail").asString()).contains("chưa nhận được cuộc gọi này");
        }
        assertThat(waitsEnded("late")).isEqualTo(late + 2);
        assertThat(database.getCollection("transfers").countDocuments(Filters.eq("callId", callId))).isZero();
    }
}

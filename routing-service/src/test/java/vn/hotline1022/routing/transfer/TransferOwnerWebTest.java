package vn.hotline1022.routing.transfer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.hotline1022.support.clock.ClockAutoConfiguration;
import vn.hotline1022.testsupport.MongoFixture;
import vn.hotline1022.testsupport.TestAuth;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * ADR-007 at the transfer API: a plan only for a call routing knows, and only by its operator or a supervisor. The
 * owners are real (mongo-java-server); the wait runs on a stepped clock, so three seconds pass without waiting.
 */
@WebMvcTest(controllers = TransferController.class)
@Import(TransferOwnerWebTest.Owners.class)
@ImportAutoConfiguration(ClockAutoConfiguration.class)
class TransferOwnerWebTest {

    private static final Duration WITHIN = Duration.ofSeconds(3);
    private static final Duration POLL = Duration.ofMillis(100);
    /** What happens at the n-th pause of a wait (1-based): the event arriving while the plan waits. */
    private static final Map<Integer, Runnable> AT_PAUSE = new ConcurrentHashMap<>();
    private static final AtomicInteger PAUSES = new AtomicInteger();
    private static final AtomicLong NANOS = new AtomicLong();

    @TestConfiguration(proxyBeanMethods = false)
    static class Owners {
        @Bean(destroyMethod = "close")
        MongoClient ownersClient() {
            return MongoClients.create(new MongoFixture().uri("routing"));
        }

        @Bean
        CallOwnerStore callOwnerStore(MongoClient client) {
            return new CallOwnerStore(client.getDatabase("routing"), new TransferMetrics(new SimpleMeterRegistry()),
                    WITHIN, POLL, NANOS::get, interval -> {
                        NANOS.addAndGet(interval.toNanos());
                        AT_PAUSE.getOrDefault(PAUSES.incrementAndGet(), () -> { }).run();
                        return true;
                    });
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    CallOwnerStore owners;
    @MockitoBean
    TransferService transfers;

    private final String callId = "CALL-" + UUID.randomUUID();

    @BeforeEach
    void freshWait() {
        AT_PAUSE.clear();
        PAUSES.set(0);
    }

    private void taken(String call, String operator) {
        owners.recordAll(List.of(new CallOwnerStore.CallOwner(call, operator, Instant.now())));
    }

    private ResultActions plan(HttpHeaders user, String... acceptLanguage) throws Exception {
        var request = post("/api/transfers").headers(user).contentType(MediaType.APPLICATION_JSON)
                .content("{\"callId\":\"" + callId + "\",\"topic\":\"TRAVEL_TRANSPORT\",\"locality\":\"HAM_TAN\"}");
        for (String language : acceptLanguage) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return mvc.perform(request);
    }

    private void planned(String operator) {
        when(transfers.create(any(), eq(operator))).thenReturn(TransferDocuments.toTransfer(new Document("_id", "T-1")
                .append("callId", callId).append("topic", "TRAVEL_TRANSPORT").append("locality", "HAM_TAN")
                .append("operator", operator).append("createdAt", new Date()).append("status", "IN_PROGRESS")
                .append("planStatus", "READY").append("candidates", List.of()).append("attempts", List.of())));
    }

    @Test
    void anOperatorPlansForTheirOwnKnownCallWithoutWaiting() throws Exception {
        taken(callId, "tdv01");
        planned("tdv01");
        plan(TestAuth.as("tdv01", "OPERATOR", null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value("T-1"))
                .andExpect(jsonPath("$.callId").value(callId));
        assertThat(PAUSES).hasValue(0);
    }

    @Test
    void anotherOperatorsKnownCallIsNotFound() throws Exception {
        taken(callId, "tdv02");
        plan(TestAuth.as("tdv01", "OPERATOR", null))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"))
                .andExpect(jsonPath("$.detail").value("Không tìm thấy cuộc gọi " + callId));
        verify(transfers, never()).create(any(), anyString());
    }

    @Test
    void aCallRoutingNeverHeardOfIsA409NamingCallIdInVietnamese() throws Exception {
        plan(TestAuth.as("tdv01", "OPERATOR", null))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "3"))
                .andExpect(jsonPath("$.code").value("conflict"))
                .andExpect(jsonPath("$.detail").value(
                        "Bộ phận điều phối chưa nhận được cuộc gọi này (thường chỉ chậm vài giây); vui lòng thử lại sau giây lát"))
                .andExpect(jsonPath("$.errors[0].field").value("callId"))
                .andExpect(jsonPath("$.errors[0].code").value("call-not-known"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Bộ phận điều phối chưa nhận được cuộc gọi này (thường chỉ chậm vài giây); vui lòng thử lại sau giây lát"));
        assertThat(PAUSES).as("read again every 100 ms for 3 s").hasValue(30);
        verify(transfers, never()).create(any(), anyString());
    }

    @Test
    void theSame409InEnglish() throws Exception {
        plan(TestAuth.as("tdv01", "OPERATOR", null), "en-GB,en;q=0.9")
                .andExpect(status().isConflict())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "3"))
                .andExpect(jsonPath("$.title").value("Conflict"))
                .andExpect(jsonPath("$.detail").value(
                        "Routing has not received this call yet (it is usually only seconds behind); try again in a moment"))
                .andExpect(jsonPath("$.errors[0].field").value("callId"));
    }

    @Test
    void aCallWhoseEventArrivesDuringTheWaitIsPlanned() throws Exception {
        AT_PAUSE.put(4, () -> taken(callId, "tdv01"));
        planned("tdv01");
        plan(TestAuth.as("tdv01", "OPERATOR", null)).andExpect(status().isCreated());
        assertThat(PAUSES).as("planned at the first read after the event").hasValue(4);
    }

    @Test
    void anotherOperatorsCallArrivingDuringTheWaitIsStillNotFound() throws Exception {
        AT_PAUSE.put(2, () -> taken(callId, "tdv02"));
        plan(TestAuth.as("tdv01", "OPERATOR", null)).andExpect(status().isNotFound());
        verify(transfers, never()).create(any(), anyString());
    }

    @Test
    void aSupervisorPlansForAnyKnownCallButNotForAnUnknownOne() throws Exception {
        taken(callId, "tdv02");
        planned("gs01");
        plan(TestAuth.as("gs01", "SUPERVISOR", null)).andExpect(status().isCreated());

        String unknown = "CALL-" + UUID.randomUUID();
        mvc.perform(post("/api/transfers").headers(TestAuth.as("gs01", "SUPERVISOR", null))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"callId\":\"" + unknown + "\",\"topic\":\"TRAVEL_TRANSPORT\",\"locality\":\"HAM_TAN\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("callId"));
    }

    /** The role table gives transfers to the desk only (not to admins or units): 403 before any wait or 409. */
    @Test
    void aRoleThatMayNotTransferIsRefusedBeforeAnyWait() throws Exception {
        plan(TestAuth.as("ubnd-la-gi", "UNIT", "UBND_LA_GI")).andExpect(status().isForbidden());
        plan(TestAuth.as("admin1", "ADMIN", null)).andExpect(status().isForbidden());
        assertThat(PAUSES).hasValue(0);
    }
}

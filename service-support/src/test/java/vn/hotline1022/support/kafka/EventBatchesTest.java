package vn.hotline1022.support.kafka;

import com.mongodb.MongoTimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.EventReader;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.InvalidEventException;
import vn.hotline1022.contracts.events.CallReceived;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventBatchesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final EventBatches batches = new EventBatches(new EventReader(JSON));
    private final List<List<String>> writes = new ArrayList<>();

    private static ConsumerRecord<String, String> call(long offset, String callId) {
        CallReceived c = new CallReceived(callId, "operator1", "PHONE", "PHAN_THIET", "VACCINATION",
                Instant.parse("2026-12-02T04:00:00Z"), false);
        return new ConsumerRecord<>("hotline.call.received.v1", 0, offset, callId,
                JSON.writeValueAsString(EventEnvelope.of(EventType.CALL_RECEIVED, callId, c, c.receivedAt())));
    }

    private static ConsumerRecord<String, String> broken(long offset) {
        return new ConsumerRecord<>("hotline.call.received.v1", 0, offset, "X", "{\"type\":\"nonsense\"}");
    }

    private void write(List<ConsumerRecord<String, String>> records) {
        batches.<CallReceived, String>write(records, EventType.CALL_RECEIVED, e -> e.payload().callId(),
                facts -> writes.add(List.copyOf(facts)));
    }

    @Test
    void aWholePollIsOneWriteInTheRecordsOrder() {
        write(List.of(call(0, "C-1"), call(1, "C-2"), call(2, "C-3")));
        assertThat(writes).containsExactly(List.of("C-1", "C-2", "C-3"));
    }

    @Test
    void aBrokenRecordIsNamedAfterTheOnesBeforeItAreWritten() {
        ConsumerRecord<String, String> bad = broken(2);
        assertThatThrownBy(() -> write(List.of(call(0, "C-1"), call(1, "C-2"), bad, call(3, "C-4"))))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getRecord()).isSameAs(bad);
                    assertThat(e.getCause()).isInstanceOf(InvalidEventException.class);
                });
        // the record after it is redelivered by the error handler, not written here
        assertThat(writes).containsExactly(List.of("C-1", "C-2"));
    }

    @Test
    void aBrokenFirstRecordWritesNothing() {
        ConsumerRecord<String, String> bad = broken(0);
        assertThatThrownBy(() -> write(List.of(bad, call(1, "C-2"))))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> assertThat(e.getRecord()).isSameAs(bad));
        assertThat(writes).isEmpty();
    }

    @Test
    void aFailedWriteNamesTheFirstRecordSoNothingIsCommittedAndTheStoreWaitIsUnlimited() {
        ConsumerRecord<String, String> first = call(7, "C-1");
        assertThatThrownBy(() -> batches.<CallReceived, String>write(List.of(first, call(8, "C-2")),
                EventType.CALL_RECEIVED, e -> e.payload().callId(), facts -> {
                    throw new MongoTimeoutException("store frozen");
                }))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getRecord()).isSameAs(first);
                    assertThat(DeadLetters.storeUnreachable(e)).isTrue();
                });
    }

    @Test
    void aRejectedMappingIsDeadLetteredNotWaitedFor() {
        ConsumerRecord<String, String> rejected = call(1, "C-REJECTED");
        assertThatThrownBy(() -> batches.<CallReceived, String>write(List.of(call(0, "C-1"), rejected),
                EventType.CALL_RECEIVED, e -> {
                    if (e.payload().callId().equals("C-REJECTED")) {
                        throw new IllegalArgumentException("payload.callId");
                    }
                    return e.payload().callId();
                }, facts -> writes.add(List.copyOf(facts))))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getRecord()).isSameAs(rejected);
                    assertThat(DeadLetters.storeUnreachable(e)).isFalse();
                });
        assertThat(writes).containsExactly(List.of("C-1"));
    }
}

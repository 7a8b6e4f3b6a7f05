package vn.hotline1022.support.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.EventReader;
import vn.hotline1022.contracts.EventType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * For a listener of a busy topic that takes a whole poll ({@code @KafkaListener(batch = "true")}) and writes it with
 * one store call: one durable commit a poll instead of one a record. In the soaks each call consumer waited for its
 * own record's commit and took ~6 records a second (docs/benchmarks.md).
 *
 * <p>The per-record promises stay: each record is read by the one {@link EventReader} and mapped into the service's
 * model; the first that breaks its contract (or that the mapping rejects) ends the batch: the ones before it are
 * written, then a {@link BatchListenerFailedException} names it, so the error handler parks just that record on its
 * dead-letter topic and redelivers the rest. A failed write names the batch's first record, so nothing after it is
 * committed and the error handler's back-off (unlimited while the store is unreachable, {@link DeadLetters}) applies.
 * The stores' writes must be idempotent (they are: a redelivered batch rewrites the same facts).
 */
public final class EventBatches {

    private final EventReader reader;

    public EventBatches(EventReader reader) {
        this.reader = reader;
    }

    /**
     * Reads every record as {@code type}, maps it with {@code toFact} and hands the facts, in the records' order, to
     * {@code write} in one call (or two, around a record that breaks the contract).
     */
    public <T, F> void write(List<ConsumerRecord<String, String>> records, EventType type,
                             Function<EventEnvelope<T>, F> toFact, Consumer<List<F>> write) {
        List<F> facts = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            F fact;
            try {
                fact = toFact.apply(reader.read(record.value(), type));
            } catch (RuntimeException broken) {
                flush(records, facts, write);
                throw new BatchListenerFailedException(String.valueOf(broken.getMessage()), broken, record);
            }
            facts.add(fact);
        }
        flush(records, facts, write);
    }

    private static <F> void flush(List<ConsumerRecord<String, String>> records, List<F> facts,
                                  Consumer<List<F>> write) {
        if (facts.isEmpty()) {
            return;
        }
        try {
            write.accept(Collections.unmodifiableList(facts));
        } catch (RuntimeException failed) {
            throw new BatchListenerFailedException(String.valueOf(failed.getMessage()), failed, records.get(0));
        }
        facts.clear();
    }
}

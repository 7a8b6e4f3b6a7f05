package vn.hotline1022.support.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import vn.hotline1022.contracts.Topics;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one dead-letter convention (ADR-001, docs/operations.md): a record that still fails after a few retries with
 * back-off, or at once when it can never succeed, is parked on {@code <topic>.DLT} in the same partition, with its
 * reason and original coordinates in headers (besides Spring's {@code kafka_dlt-*} ones), and counted as
 * {@code hotline_dlt_messages_total{topic=<source topic>}}; the partition then moves on.
 */
public final class DeadLetters {

    public static final String REASON = "hotline-dlt-reason";
    public static final String ORIGINAL_TOPIC = "hotline-dlt-original-topic";
    public static final String ORIGINAL_PARTITION = "hotline-dlt-original-partition";
    public static final String ORIGINAL_OFFSET = "hotline-dlt-original-offset";

    /** Once a second, for as long as it takes; the partition waits (in order) and nothing goes to the DLT. */
    private static final BackOff STORE_BACK_OFF = new FixedBackOff(1_000, FixedBackOff.UNLIMITED_ATTEMPTS);

    private DeadLetters() {
    }

    /** Same partition as the original, unless the dead-letter topic has fewer (then Kafka picks one). */
    public static TopicPartition destination(ConsumerRecord<?, ?> record, KafkaOperations<?, ?> template) {
        String dlt = record.topic() + Topics.DLT_SUFFIX;
        int partitions;
        try {
            partitions = template.partitionsFor(dlt).size();
        } catch (RuntimeException unknownYet) {
            partitions = 0;
        }
        return new TopicPartition(dlt, record.partition() < partitions ? record.partition() : -1);
    }

    public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template, MeterRegistry registry,
                                                   List<Class<? extends Exception>> notRetryable) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, e) -> destination(record, template));
        recoverer.setHeadersFunction((record, e) -> {
            Counter.builder("hotline.dlt.messages").description("Records parked on a dead-letter topic")
                    .tag("topic", record.topic()).register(registry).increment();
            return new RecordHeaders(new RecordHeader[] {
                    header(REASON, reason(e)),
                    header(ORIGINAL_TOPIC, record.topic()),
                    header(ORIGINAL_PARTITION, String.valueOf(record.partition())),
                    header(ORIGINAL_OFFSET, String.valueOf(record.offset()))});
        });
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxElapsedTime(3_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(IllegalArgumentException.class, tools.jackson.core.JacksonException.class,
                java.time.format.DateTimeParseException.class);
        notRetryable.forEach(handler::addNotRetryableExceptions);
        // an unreachable store is no fault of the record: wait for it rather than park good events
        handler.setBackOffFunction((record, e) -> storeUnreachable(e) ? STORE_BACK_OFF : null);
        return handler;
    }

    /**
     * The store did not answer (down, frozen, no primary, a majority not reached in time): the record is fine and
     * will be written once the store is back. Write errors (a duplicate key, a document the store refuses) are not.
     */
    static boolean storeUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MongoTimeoutException || t instanceof MongoSocketException
                    || t instanceof MongoNotPrimaryException || t instanceof MongoNodeIsRecoveringException
                    || t instanceof MongoWriteConcernException || t instanceof MongoExecutionTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // the class is in Spring's kafka_dlt-exception-fqcn header; this one says what was wrong in words
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

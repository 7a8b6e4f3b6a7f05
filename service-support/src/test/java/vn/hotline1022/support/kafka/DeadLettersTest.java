package vn.hotline1022.support.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaOperations;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class DeadLettersTest {

    @SuppressWarnings("unchecked")
    private static KafkaOperations<Object, Object> withPartitions(String topic, int count) {
        KafkaOperations<Object, Object> template = mock(KafkaOperations.class);
        Node node = new Node(1, "localhost", 9092);
        when(template.partitionsFor(topic)).thenReturn(IntStream.range(0, count)
                .mapToObj(p -> new PartitionInfo(topic, p, node, new Node[] {node}, new Node[] {node})).toList());
        return template;
    }

    @Test
    void deadLettersGoToDotDltInTheSamePartition() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("hotline.transfer.completed.v1", 2, 41L, "k", "v");
        TopicPartition target = DeadLetters.destination(record, withPartitions("hotline.transfer.completed.v1.DLT", 3));
        assertThat(target.topic()).isEqualTo("hotline.transfer.completed.v1.DLT");
        assertThat(target.partition()).isEqualTo(2);
    }

    @Test
    void aDeadLetterTopicWithFewerPartitionsStillTakesTheRecord() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("hotline.call.received.v1", 2, 7L, "k", "v");
        TopicPartition target = DeadLetters.destination(record, withPartitions("hotline.call.received.v1.DLT", 1));
        assertThat(target.partition()).isEqualTo(-1);
        assertThat(List.of(DeadLetters.REASON, DeadLetters.ORIGINAL_TOPIC, DeadLetters.ORIGINAL_PARTITION,
                DeadLetters.ORIGINAL_OFFSET)).allMatch(h -> h.startsWith("hotline-dlt-"));
    }
}

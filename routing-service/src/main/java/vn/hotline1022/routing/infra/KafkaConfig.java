package vn.hotline1022.routing.infra;

import vn.hotline1022.support.kafka.DeadLetters;
import vn.hotline1022.support.kafka.NotRetryable;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import vn.hotline1022.contracts.Topics;


@Configuration(proxyBeanMethods = false)
class KafkaConfig {

    static final String REASON_HEADER = DeadLetters.REASON;

    /** A rejected record stays rejected however often it is read: straight to the dead letters. */
    @Bean
    NotRetryable routingNotRetryable() {
        return new NotRetryable(java.util.List.of(RejectedMessageException.class));
    }

    @Bean
    KafkaAdmin.NewTopics routingTopics() {
        return new KafkaAdmin.NewTopics(topic(Topics.ESCALATION_ANSWERS), topic(Topics.ESCALATION_ANSWERED),
                topic(Topics.ESCALATION_OVERDUE), topic(Topics.TRANSFER_ATTEMPTED), topic(Topics.TRANSFER_COMPLETED),
                topic(Topics.UNIT_UNREACHABLE), topic(Topics.ESCALATION_ANSWERS + Topics.DLT_SUFFIX),
                topic(Topics.QUESTION_UNANSWERED + Topics.DLT_SUFFIX),
                topic(Topics.SWITCHBOARD_DIALLED + Topics.DLT_SUFFIX),
                // the latest word on each unit is all a consumer needs, however old the directory
                TopicBuilder.name(Topics.UNIT_CHANGED).partitions(3).compact().build());
    }

    private static NewTopic topic(String name) {
        return TopicBuilder.name(name).partitions(3).build();
    }
}

package vn.hotline1022.intake.infra;

import vn.hotline1022.support.kafka.NotRetryable;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import vn.hotline1022.contracts.Topics;

@Configuration(proxyBeanMethods = false)
class KafkaConfig {

    /** Domain rejections of an event's content cannot be mended by a retry: straight to the dead letters. */
    @Bean
    NotRetryable intakeNotRetryable() {
        return new NotRetryable(java.util.List.of(vn.hotline1022.intake.domain.InvalidValueException.class));
    }


    @Bean
    KafkaAdmin.NewTopics intakeTopics() {
        return new KafkaAdmin.NewTopics(
                topic(Topics.CALL_RECEIVED), topic(Topics.CALL_CLOSED), topic(Topics.QUESTION_UNANSWERED),
                topic(Topics.SWITCHBOARD_DIALLED), topic(Topics.SWITCHBOARD_CALL_ENDED));
    }

    private static NewTopic topic(String name) {
        return TopicBuilder.name(name).partitions(3).build();
    }
}

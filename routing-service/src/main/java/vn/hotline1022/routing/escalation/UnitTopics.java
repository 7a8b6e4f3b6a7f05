package vn.hotline1022.routing.escalation;

import lombok.RequiredArgsConstructor;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.routing.directory.Directory;

/**
 * One escalation topic per unit of the directory, created ahead of the first escalation so a unit system can
 * subscribe (and be granted its ACL) before anything is sent. Re-run periodically for units added later.
 */
@Component
@RequiredArgsConstructor
class UnitTopics {

    private static final Logger log = LoggerFactory.getLogger(UnitTopics.class);

    private final Directory directory;
    private final KafkaAdmin admin;

    @Scheduled(initialDelayString = "PT1S", fixedDelayString = "${hotline.escalation.topic-sync:PT5M}")
    void ensureTopics() {
        NewTopic[] topics = directory.snapshot().keySet().stream()
                .map(code -> TopicBuilder.name(Topics.escalationsFor(code)).partitions(3).build())
                .toArray(NewTopic[]::new);
        try {
            admin.createOrModifyTopics(topics);
        } catch (RuntimeException e) {
            log.warn("could not create per-unit escalation topics yet: {}", e.toString());
        }
    }
}

package vn.hotline1022.intake.infra;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hotline1022.intake.IntakeProperties;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

@Configuration(proxyBeanMethods = false)
class MongoTimeouts {

    /**
     * The driver waits 30 s for a server by default; an operator with a caller on the line needs a quick 503
     * ("try again") instead, and the outbox relay should not stall for that long.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer shortMongoTimeouts(IntakeProperties properties) {
        long millis = properties.mongoTimeout().toMillis();
        return builder -> builder
                .applyToClusterSettings(c -> c.serverSelectionTimeout(millis, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(s -> s.connectTimeout((int) millis, TimeUnit.MILLISECONDS)
                        .readTimeout((int) Math.max(millis, 5_000), TimeUnit.MILLISECONDS));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

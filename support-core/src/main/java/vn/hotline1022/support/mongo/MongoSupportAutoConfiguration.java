package vn.hotline1022.support.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The service's own database, a health check that works on both stores and short timeouts. */
@AutoConfiguration(beforeName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration")
@ConditionalOnClass(MongoClient.class)
@EnableConfigurationProperties(MongoSupportAutoConfiguration.MongoSupportProperties.class)
public class MongoSupportAutoConfiguration {

    /**
     * The driver waits 30 s for a server by default; an operator with a caller on the line needs a quick 503
     * ("try again") instead, and the outbox relay should not stall for that long.
     */
    @ConfigurationProperties("hotline.mongo")
    public record MongoSupportProperties(@DefaultValue("3s") Duration timeout) {
    }

    /** The one named in MONGODB_URI, so each service owns exactly one database. */
    @Bean
    @ConditionalOnMissingBean
    MongoDatabase mongoDatabase(MongoClient client, Environment environment) {
        String uri = environment.getProperty("spring.mongodb.uri", "mongodb://127.0.0.1:27017");
        String name = new ConnectionString(uri).getDatabase();
        return client.getDatabase(name != null ? name
                : environment.getProperty("spring.application.name", "hotline").replace("-service", ""));
    }

    @Bean
    MongoClientSettingsBuilderCustomizer shortMongoTimeouts(MongoSupportProperties properties) {
        long millis = properties.timeout().toMillis();
        return builder -> builder
                .applyToClusterSettings(c -> c.serverSelectionTimeout(millis, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(s -> s.connectTimeout((int) millis, TimeUnit.MILLISECONDS)
                        .readTimeout((int) Math.max(millis, 5_000), TimeUnit.MILLISECONDS));
    }

    @Bean(name = "mongoPingHealthIndicator")
    MongoPingHealthIndicator mongoPing(MongoDatabase database) {
        return new MongoPingHealthIndicator(database);
    }
}

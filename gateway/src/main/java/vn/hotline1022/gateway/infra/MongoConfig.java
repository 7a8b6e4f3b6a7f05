package vn.hotline1022.gateway.infra;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MongoConfig {

    /** The gateway's own database (users, refresh tokens, audit): the one named in MONGODB_URI. */
    @Bean
    MongoDatabase mongoDatabase(MongoClient client, @Value("${spring.mongodb.uri}") String uri) {
        String name = new ConnectionString(uri).getDatabase();
        return client.getDatabase(name != null ? name : "gateway");
    }
}

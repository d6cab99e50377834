package uk.joinedup.identity.infrastructure.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Exposes the driver client, this service's database and {@link Durability} as beans. */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    @Bean(destroyMethod = "close")
    MongoStore mongoStore(MongoProperties properties) {
        return new MongoStore(properties);
    }

    @Bean(destroyMethod = "")
    MongoClient mongoClient(MongoStore store) {
        return store.client();
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, MongoProperties properties) {
        return client.getDatabase(properties.database());
    }
}

package uk.joinedup.embeddedmongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver client, the service's database and {@link Durability} as beans, from {@code
 * joinedup.mongo.*}. Runs before Spring Boot's {@link MongoAutoConfiguration}, whose own client then
 * backs off (it is conditional on no other {@code MongoClient}).
 */
@AutoConfiguration(before = MongoAutoConfiguration.class)
@EnableConfigurationProperties(MongoProperties.class)
public class EmbeddedMongoAutoConfiguration {

    @Bean(destroyMethod = "close")
    MongoStore mongoStore(MongoProperties properties) {
        return new MongoStore(properties);
    }

    @Bean(destroyMethod = "") // the store closes it
    MongoClient mongoClient(MongoStore store) {
        return store.client();
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, MongoProperties properties) {
        return client.getDatabase(properties.database());
    }

    /** The "mongo" health check, where the service has actuator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(AbstractHealthIndicator.class)
    static class HealthCheck {

        @Bean
        MongoHealthIndicator mongoHealthIndicator(MongoDatabase database) {
            return new MongoHealthIndicator(database);
        }
    }
}

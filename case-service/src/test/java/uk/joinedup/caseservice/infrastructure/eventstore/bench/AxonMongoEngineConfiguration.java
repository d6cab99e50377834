package uk.joinedup.caseservice.infrastructure.eventstore.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import uk.joinedup.caseservice.infrastructure.eventstore.AggregateSnapshots;

/**
 * The "before" of the comparison: the beans case-service had, Axon's MongoDB event storage engine
 * and token store, overriding the commit-log engine's. Registered explicitly by {@link
 * BenchApplication}, never found by component scanning.
 */
class AxonMongoEngineConfiguration {

    static MongoEventStorageEngine engine(
            MongoDatabase database, Serializer eventSerializer, Serializer snapshotSerializer) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(template(database))
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer)
                .build();
        engine.ensureIndexes();
        return engine;
    }

    static MongoTemplate template(MongoDatabase database) {
        return DefaultMongoTemplate.builder().mongoDatabase(database).build();
    }

    /** Snapshots use the same serializer as the commit log's, so that the aggregate's fields are in them. */
    @Bean
    EventStorageEngine eventStorageEngine(
            MongoDatabase database,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            ObjectMapper objectMapper) {
        return engine(database, eventSerializer, AggregateSnapshots.serializer(objectMapper));
    }

    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    EmbeddedEventStore eventStore(EventStorageEngine eventStorageEngine) {
        return EmbeddedEventStore.builder().storageEngine(eventStorageEngine).build();
    }

    @Bean
    TokenStore tokenStore(MongoDatabase database, Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(template(database))
                .serializer(serializer)
                .build();
    }
}

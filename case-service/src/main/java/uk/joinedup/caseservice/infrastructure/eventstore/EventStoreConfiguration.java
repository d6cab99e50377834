package uk.joinedup.caseservice.infrastructure.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.joinedup.caseservice.infrastructure.crypto.SubjectKeys;
import uk.joinedup.embeddedmongo.Durability;

/**
 * The event store ({@link CommitLogEventStorageEngine} behind a {@link CommitLogEventStore}), the
 * token store, and the snapshot trigger and aggregate cache that aggregates name in {@code
 * @Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")}.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    @Bean(destroyMethod = "close")
    CommitLogEventStorageEngine eventStorageEngine(
            MongoDatabase database,
            Durability durability,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            ObjectMapper objectMapper,
            org.axonframework.config.Configuration axon,
            EventStoreProperties properties,
            Clock clock,
            SubjectKeys subjectKeys) {
        return CommitLogEventStorageEngine.builder()
                .subjectKeys(subjectKeys, properties.sealEvents())
                .database(database)
                .durability(durability)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(AggregateSnapshots.serializer(objectMapper))
                .upcasterChain(axon.upcasterChain())
                .gapTimeout(properties.gapTimeout())
                .clock(clock)
                .build();
    }

    /** Seals the events written before sealing existed (ADR 31, section 4); erasures wait until it is complete. */
    @Bean
    SealExistingEvents sealExistingEvents(
            CommitLogEventStorageEngine engine,
            MongoDatabase database,
            SubjectKeys subjectKeys,
            Durability durability,
            EventStoreProperties properties,
            Clock clock) {
        return new SealExistingEvents(
                engine,
                database,
                subjectKeys,
                durability,
                ManagementFactory.getRuntimeMXBean().getName(),
                properties.tokenClaimTimeout(),
                clock);
    }

    /** Runs it in the background after start-up, with sealing on, taking over from an instance that stopped. */
    @Bean(destroyMethod = "close")
    SealExistingEventsInBackground sealExistingEventsInBackground(
            SealExistingEvents migration, EventStoreProperties properties) {
        return new SealExistingEventsInBackground(migration, properties.sealEvents(), properties.tokenClaimTimeout());
    }

    /** The event store and event bus: every tracking stream reads whole commits from the log. */
    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    CommitLogEventStore eventStore(CommitLogEventStorageEngine engine, org.axonframework.config.Configuration axon) {
        return CommitLogEventStore.over(
                engine,
                axon.messageMonitor(EventStore.class, "eventStore"),
                axon.getComponent(EventBusSpanFactory.class));
    }

    @Bean
    TokenStore tokenStore(MongoDatabase database, Serializer serializer, EventStoreProperties properties, Clock clock) {
        if (!(serializer instanceof JacksonSerializer jackson)) {
            throw new AxonConfigurationException("Tokens are stored as BSON documents: use a Jackson serializer");
        }
        return new MongoSegmentTokenStore(
                database,
                jackson,
                properties.tokenClaimTimeout(),
                ManagementFactory.getRuntimeMXBean().getName(),
                clock);
    }

    /**
     * Aggregates in use stay in memory between commands instead of being read back from the store
     * each time; the garbage collector may drop any of them. A command refused or rolled back evicts
     * its aggregate. With several instances a cached aggregate can be stale: its next append then
     * collides on the stream key and the command is refused as a conflict, never stored on stale
     * state.
     */
    @Bean
    Cache aggregateCache() {
        return new WeakReferenceCache();
    }

    /** Snapshots an aggregate after every {@code joinedup.event-store.snapshot-threshold} events. */
    @Bean
    SnapshotTriggerDefinition aggregateSnapshotTrigger(Snapshotter snapshotter, EventStoreProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
    }
}

package uk.joinedup.caseservice.infrastructure.axon;

import java.time.Duration;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Rebuilds every read model from the event store when the service starts with {@code
 * REBUILD_READ_MODELS=true}: after a fix to a read model that failed on an event, or to a read model's
 * shape. Just before the processors start, each read model's reset handler clears it and the processor's
 * tokens go back to the start of the event store; the service reports ready only once the replay has
 * caught up with the head.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "joinedup.read-models.rebuild-on-start", havingValue = "true")
class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    /** Resets the tokens while the processor is not yet running: it then starts by replaying. */
    @Bean
    static ConfigurerModule resetReadModelsBeforeTheyStart() {
        return configurer -> configurer.onInitialize(
                configuration -> configuration.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, () -> reset(configuration)));
    }

    /** Holds the service back from answering until the replay has caught up. */
    @Bean
    static ApplicationRunner awaitReadModelsRebuilt(ProjectionCatchUp catchUp) {
        return (ApplicationArguments arguments) -> {
            long started = System.nanoTime();
            while (!catchUp.awaitHead(Duration.ofSeconds(30))) {
                log.info("Still rebuilding the read models");
            }
            log.warn(
                    "Read models rebuilt in {} s",
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
        };
    }

    private static void reset(Configuration configuration) {
        StreamingEventProcessor processor = configuration
                .eventProcessingConfiguration()
                .eventProcessor(AxonConfiguration.READ_MODELS, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No " + AxonConfiguration.READ_MODELS + " processor"));
        log.warn("Rebuilding every read model from the event store");
        // From the tail: the pooled processor's default reset would start again at the head.
        processor.resetTokens(StreamableMessageSource::createTailToken);
    }
}

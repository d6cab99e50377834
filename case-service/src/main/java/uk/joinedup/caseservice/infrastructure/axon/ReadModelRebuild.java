package uk.joinedup.caseservice.infrastructure.axon;

import java.time.Duration;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;

/**
 * Rebuilds every read model from the event store at start-up when the read models stored are not of the
 * shape this release writes ({@link ReadModelShape}: after an upgrade that changed a read model, with no
 * step for whoever runs the service), or when asked to with {@code REBUILD_READ_MODELS=true} (after a fix to
 * a read model that failed on an event). Just before the processors start, each read model's reset handler
 * clears it and the processor's tokens go back to the start of the event store; the service reports ready
 * only once the replay has caught up with the head, and only then records the shape as current, so a
 * rebuild cut short by a stop is started again.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    /** How long a rebuild waits for this instance to claim every segment before trusting the ones it has. */
    private static final Duration ALL_CLAIMED_WITHIN = Duration.ofSeconds(30);

    /** Resets the tokens while the processor is not yet running, if a rebuild is due: it then starts by replaying. */
    @Bean
    static ConfigurerModule resetReadModelsBeforeTheyStart(ObjectProvider<ReadModelShape> shape) {
        return configurer -> configurer.onInitialize(
                configuration -> configuration.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, () -> {
                    if (shape.getObject().decide()) {
                        reset(configuration);
                    }
                }));
    }

    /** Holds the service back from answering until a rebuild has caught up, then records the shape. */
    @Bean
    static ApplicationRunner awaitReadModelsRebuilt(
            ProjectionCatchUp catchUp,
            ReadModelShape shape,
            EventProcessingConfiguration processing,
            TokenStore tokenStore) {
        return (ApplicationArguments arguments) -> {
            if (!shape.rebuildDue()) {
                return;
            }
            long started = System.nanoTime();
            StreamingEventProcessor processor = readModels(processing);
            int segments = tokenStore.fetchSegments(AxonConfiguration.READ_MODELS).length;
            long allClaimedBy = started + ALL_CLAIMED_WITHIN.toNanos();
            long logged = started;
            // the processor first claims its segments, one by one, then replays up to where the reset found them:
            // a segment not yet claimed is not in its status, so the status alone could look caught up without it
            // (unless another instance holds it: then the wait for every segment ends after ALL_CLAIMED_WITHIN)
            while (processor.processingStatus().isEmpty()
                    || (processor.processingStatus().size() < segments && System.nanoTime() < allClaimedBy)
                    || processor.isReplaying()
                    || !catchUp.awaitHead(Duration.ofSeconds(30))) {
                if (System.nanoTime() - logged > Duration.ofSeconds(10).toNanos()) {
                    log.info("Still rebuilding the read models");
                    logged = System.nanoTime();
                }
                Thread.sleep(100);
            }
            shape.recordCurrent();
            log.warn(
                    "Read models rebuilt in {} s",
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
        };
    }

    private static void reset(Configuration configuration) {
        StreamingEventProcessor processor = readModels(configuration.eventProcessingConfiguration());
        log.warn("Rebuilding every read model from the event store");
        // From the tail: the pooled processor's default reset would start again at the head.
        processor.resetTokens(StreamableMessageSource::createTailToken);
    }

    private static StreamingEventProcessor readModels(EventProcessingConfiguration processing) {
        return processing
                .eventProcessor(AxonConfiguration.READ_MODELS, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No " + AxonConfiguration.READ_MODELS + " processor"));
    }
}

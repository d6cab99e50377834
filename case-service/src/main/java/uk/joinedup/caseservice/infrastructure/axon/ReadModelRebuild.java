package uk.joinedup.caseservice.infrastructure.axon;

import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every read model from the event store when the service starts with {@code
 * REBUILD_READ_MODELS=true}: after a fix to a read model that failed on an event, or to a new read
 * model's shape. Each read model's reset handler clears it, then the processor replays every event
 * from the start; the service reports ready only once it has caught up.
 */
@Component
@ConditionalOnProperty(name = "joinedup.read-models.rebuild-on-start", havingValue = "true")
class ReadModelRebuild implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    private final EventProcessingConfiguration processing;
    private final ProjectionCatchUp catchUp;

    ReadModelRebuild(EventProcessingConfiguration processing, ProjectionCatchUp catchUp) {
        this.processing = processing;
        this.catchUp = catchUp;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        StreamingEventProcessor processor = processing
                .eventProcessor(AxonConfiguration.READ_MODELS, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No " + AxonConfiguration.READ_MODELS + " processor"));
        log.warn("Rebuilding every read model from the event store");
        long started = System.nanoTime();
        processor.shutDown();
        // From the tail: the pooled processor's default reset would start again at the head.
        processor.resetTokens(StreamableMessageSource::createTailToken);
        processor.start();
        while (!catchUp.awaitHead(Duration.ofSeconds(30))) {
            log.info("Still rebuilding the read models");
        }
        log.warn(
                "Read models rebuilt in {} s",
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }
}
